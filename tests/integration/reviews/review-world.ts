import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { createApplication } from "../../factories/applications";
import { createRubricWithCriteria } from "../../factories/calls";
import { createOperator } from "../../factories/organisations";
import { createReviewerAssignment } from "../../factories/reviews";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";

/**
 * Two operators; HKSTP has an officer, two mentors and an application (in `status`) to a call
 * with the standard five-criterion rubric (scale 1–5). The other operator has its own officer.
 */
export async function buildReviewWorld(status: ApplicationStatus = "IN_REVIEW") {
  const db = testDb();
  const hkstp = await createOperator(db);
  const cuhk = await createOperator(db);
  const officer = await createMember(db, { organisationId: hkstp.id, role: "PROGRAMME_OFFICER" });
  const mentor = await createMember(db, { organisationId: hkstp.id, role: "MENTOR" });
  const secondMentor = await createMember(db, { organisationId: hkstp.id, role: "MENTOR" });
  const financeApprover = await createMember(db, {
    organisationId: hkstp.id,
    role: "FINANCE_APPROVER",
  });
  const foreignOfficer = await createMember(db, {
    organisationId: cuhk.id,
    role: "PROGRAMME_OFFICER",
  });
  const application = await createApplication(db, { organisationId: hkstp.id, status });
  const rubric = await createRubricWithCriteria(db, {
    callId: application.callId,
    organisationId: hkstp.id,
  });
  const { programmeId } = await db.call.findUniqueOrThrow({
    where: { id: application.callId },
    select: { programmeId: true },
  });
  return {
    programmeId,
    hkstp,
    cuhk,
    officer,
    mentor,
    secondMentor,
    financeApprover,
    foreignOfficer,
    application,
    rubric,
  };
}

/** A reviewer's assignment to the world's application, declared free of conflict unless told. */
export function assign(
  world: Awaited<ReturnType<typeof buildReviewWorld>>,
  reviewerId: string,
  options: { hasDeclared?: boolean } = {},
) {
  const hasDeclared = options.hasDeclared ?? true;
  return createReviewerAssignment(testDb(), {
    organisationId: world.hkstp.id,
    applicationId: world.application.id,
    reviewerId,
    ...(hasDeclared ? { conflictDeclaredAt: new Date(), hasConflict: false } : {}),
  });
}

export const applicationOf = (id: string) =>
  testDb().application.findUniqueOrThrow({
    where: { id },
    select: { status: true, screeningOutcome: true, screeningReason: true },
  });
