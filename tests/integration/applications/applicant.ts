import { createApplication } from "../../factories/applications";
import {
  createApplicationForm,
  createCall,
  createEligibilityCriterion,
} from "../../factories/calls";
import { createOperator, createStartup } from "../../factories/organisations";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";

/**
 * An operator with an open call (the factory form and a Hong Kong company criterion), a
 * start-up with a founder and a draft to that call, and a second start-up with its own founder.
 */
export async function setUpApplicant() {
  const db = testDb();
  const hkstp = await createOperator(db);
  const call = await createCall(db, { organisationId: hkstp.id });
  const form = await createApplicationForm(db, { callId: call.id, organisationId: hkstp.id });
  await createEligibilityCriterion(db, {
    callId: call.id,
    organisationId: hkstp.id,
    label: "Company incorporated in Hong Kong",
    rule: { type: "yesNo", questionKey: "hk_company", expected: true },
  });
  const startup = await createStartup(db);
  const founder = await createMember(db, { organisationId: startup.id, role: "STARTUP_MEMBER" });
  const otherStartup = await createStartup(db);
  const otherFounder = await createMember(db, {
    organisationId: otherStartup.id,
    role: "STARTUP_MEMBER",
  });
  const draft = await createApplication(db, {
    organisationId: hkstp.id,
    callId: call.id,
    formId: form.id,
    startupId: startup.id,
    createdById: founder.user.id,
  });
  return { hkstp, call, form, startup, founder, otherStartup, otherFounder, draft };
}

/** A complete, eligible set of answers to the factory form. */
export const COMPLETE_ANSWERS = {
  project_summary: "Autologous CAR-T targeting EBV antigens in nasopharyngeal carcinoma.",
  hk_company: true,
  br_number: "71234567",
  funding_requested: 450_000_000,
};

/** The application and its answers as stored. */
export async function readApplication(id: string) {
  return testDb().application.findUniqueOrThrow({
    where: { id },
    include: { answers: true, statusChanges: { orderBy: { createdAt: "asc" } } },
  });
}
