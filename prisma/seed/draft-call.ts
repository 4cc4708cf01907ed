import { createApplicationForm, createCall, createReviewRubric } from "@/tests/factories/calls";
import type { SeedContext } from "./context";
import { INCU_BIO_ELIGIBILITY } from "./eligibility";
import { buildFormDefinition } from "./forms";
import { must } from "./lookup";
import { RUBRIC_CRITERIA } from "./rubric";
import { hkt } from "./time";

/**
 * The call an officer is still setting up: Incu-Bio's spring 2027 intake, a DRAFT with its
 * eligibility, a draft form (version 1, copied from the current intake) and a draft rubric
 * whose weights do not add up yet, so the publish tab has something to say.
 */
export async function seedDraftCall(context: SeedContext): Promise<void> {
  const { db } = context;
  const { programme } = must(context.programmes, "incuBio");
  const scope = { organisationId: programme.organisationId };
  const call = await createCall(db, {
    ...scope,
    programmeId: programme.id,
    slug: "incu-bio-2027-spring",
    title: "Incu-Bio Programme – Spring 2027 Intake",
    titleZh: "生物科技培育計劃 – 2027年春季招募",
    summary:
      "Up to HK$6 million, four years of incubation, mentoring and R&D facility access for Hong Kong biotech start-ups.",
    status: "DRAFT",
    opensAt: hkt("2027-03-01", "09:00"),
    closesAt: hkt("2027-04-30", "23:59"),
    intakeSize: 10,
    publishedAt: null,
  });
  await db.eligibilityCriterion.createMany({
    data: INCU_BIO_ELIGIBILITY.map((criterion, position) => ({
      ...criterion,
      ...scope,
      callId: call.id,
      position,
    })),
  });
  await createApplicationForm(db, {
    ...scope,
    callId: call.id,
    version: 1,
    publishedAt: null,
    definition: buildFormDefinition({
      programmeName: programme.name,
      focusAreas: programme.focusAreas,
      fundingCapCents: programme.fundingCapCents,
    }),
  });
  const rubric = await createReviewRubric(db, {
    ...scope,
    callId: call.id,
    version: 1,
    publishedAt: null,
  });
  // The officer has not weighted the last criterion yet: 85 % of 100 %.
  await db.rubricCriterion.createMany({
    data: RUBRIC_CRITERIA.map((criterion, position) => ({
      ...criterion,
      ...scope,
      rubricId: rubric.id,
      position,
      weight: criterion.key === "programme_fit" ? "0.0000" : criterion.weight,
    })),
  });
}
