import type { Prisma } from "@/lib/generated/prisma/client";
import { toHongKongDateTimeInput } from "@/lib/domain/call-times";
import type { SaveFormDraftInput } from "@/lib/schemas/calls";
import {
  createApplicationForm,
  createCall,
  createEligibilityCriterion,
  createRubricWithCriteria,
} from "../../factories/calls";
import { createOperator, createPartner, createStartup } from "../../factories/organisations";
import { createProgramme } from "../../factories/programmes";
import { daysFrom } from "../../factories/sequence";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";

/**
 * HKSTP with an officer, an admin and a mentor; a second operator with its own officer and
 * programme; two pharma partners and a start-up (neither may be picked as a partner twice).
 */
export async function buildSetupWorld() {
  const db = testDb();
  const hkstp = await createOperator(db);
  const cuhk = await createOperator(db);
  const officer = await createMember(db, { organisationId: hkstp.id, role: "PROGRAMME_OFFICER" });
  const admin = await createMember(db, { organisationId: hkstp.id, role: "OPERATOR_ADMIN" });
  const mentor = await createMember(db, { organisationId: hkstp.id, role: "MENTOR" });
  const foreignOfficer = await createMember(db, {
    organisationId: cuhk.id,
    role: "PROGRAMME_OFFICER",
  });
  const astrazeneca = await createPartner(db, { name: "AstraZeneca" });
  const boehringer = await createPartner(db, { name: "Boehringer Ingelheim" });
  const startup = await createStartup(db);
  const programme = await createProgramme(db, { organisationId: hkstp.id, name: "Incu-Bio" });
  const foreignProgramme = await createProgramme(db, { organisationId: cuhk.id });
  return {
    hkstp,
    cuhk,
    officer,
    admin,
    mentor,
    foreignOfficer,
    astrazeneca,
    boehringer,
    startup,
    programme,
    foreignProgramme,
  };
}

/** A form definition as the builder sends it. */
export type FormInput = SaveFormDraftInput["definition"];

/** A small form: a yes/no question, a BR number shown for "yes", and a pitch deck upload. */
export const SMALL_FORM: FormInput = {
  sections: [
    {
      key: "company",
      title: "Company",
      questions: [
        { key: "hk_company", type: "yesNo", label: "Incorporated in Hong Kong?", required: true },
        {
          key: "br_number",
          type: "shortText",
          label: "Business Registration number",
          required: true,
          maxLength: 20,
          showIf: { questionKey: "hk_company", equals: true },
        },
        {
          key: "pitch_deck",
          type: "file",
          label: "Pitch deck",
          required: true,
          attachmentKind: "PITCH_DECK",
        },
      ],
    },
  ],
};

/** Rubric input (percent weights) that adds up to 100 %. */
export const RUBRIC_INPUT = {
  scaleMin: 1,
  scaleMax: 5,
  criteria: [
    { key: "science", label: "Scientific merit", guidance: "Data quality", weightPercent: "40" },
    { key: "team", label: "Team", weightPercent: "35" },
    { key: "fit", label: "Fit with programme", weightPercent: "25" },
  ],
};

/** Call details as the form sends them: Hong Kong `datetime-local` values. */
export function callDetailsInput(opensInDays = 7, closesInDays = 60) {
  const now = new Date();
  return {
    title: "Incu-Bio 2027 Autumn Intake",
    titleZh: "生物科技培育計劃 2027 秋季",
    summary: "Up to HK$6M for Hong Kong biotech start-ups.",
    opensAt: toHongKongDateTimeInput(daysFrom(now, opensInDays)),
    closesAt: toHongKongDateTimeInput(daysFrom(now, closesInDays)),
    intakeSize: 10,
    isBlindReview: false,
  };
}

/**
 * A DRAFT call that is complete: an eligibility rule on hk_company, draft form v1 (SMALL_FORM)
 * and draft rubric v1 (five criteria, weights summing to 1).
 */
export async function createReadyDraftCall(
  organisationId: string,
  overrides: Partial<Prisma.CallUncheckedCreateInput> = {},
) {
  const db = testDb();
  const call = await createCall(db, {
    organisationId,
    status: "DRAFT",
    publishedAt: null,
    opensAt: daysFrom(new Date(), -1),
    ...overrides,
  });
  await createEligibilityCriterion(db, {
    callId: call.id,
    organisationId,
    label: "Company incorporated in Hong Kong",
    rule: { type: "yesNo", questionKey: "hk_company", expected: true },
  });
  const form = await createApplicationForm(db, {
    callId: call.id,
    organisationId,
    definition: SMALL_FORM,
    publishedAt: null,
  });
  const rubric = await createRubricWithCriteria(db, {
    callId: call.id,
    organisationId,
    publishedAt: null,
  });
  return { call, form, rubric };
}

/** Every row of a call's set-up, for "nothing changed" assertions. */
export async function callSnapshot(callId: string) {
  const db = testDb();
  return {
    call: await db.call.findUniqueOrThrow({ where: { id: callId } }),
    eligibility: await db.eligibilityCriterion.findMany({
      where: { callId },
      orderBy: { position: "asc" },
    }),
    forms: await db.applicationForm.findMany({ where: { callId }, orderBy: { version: "asc" } }),
    rubrics: await db.reviewRubric.findMany({
      where: { callId },
      orderBy: { version: "asc" },
      include: { criteria: { orderBy: { position: "asc" } } },
    }),
  };
}
