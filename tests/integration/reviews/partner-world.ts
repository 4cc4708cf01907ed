import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { createApplication, createAttachment } from "../../factories/applications";
import { createCall, createRubricWithCriteria } from "../../factories/calls";
import { createOperator, createPartner } from "../../factories/organisations";
import { createProgramme, createProgrammePartner } from "../../factories/programmes";
import { createReview, createReviewerAssignment, createReviewScore } from "../../factories/reviews";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";

/**
 * HKSTP runs a co-incubation programme with AstraZeneca (partner scientists may review) and
 * Boehringer (linked, but not reviewing); Novartis has no link. One call of that programme has
 * two shortlisted applications (A, with a pitch deck, and B); an Incu-Bio call of HKSTP has a
 * shortlisted application C. On A: the AstraZeneca scientist's open assignment, and a mentor's
 * submitted review scored 1 on every criterion.
 */
export async function buildPartnerWorld(
  options: { isBlindReview?: boolean; statusOfA?: ApplicationStatus } = {},
) {
  const db = testDb();
  const hkstp = await createOperator(db);
  const officer = await createMember(db, { organisationId: hkstp.id, role: "PROGRAMME_OFFICER" });
  const mentor = await createMember(db, { organisationId: hkstp.id, role: "MENTOR" });
  const astrazeneca = await createPartner(db);
  const boehringer = await createPartner(db);
  const novartis = await createPartner(db);
  const programme = await createProgramme(db, { organisationId: hkstp.id, kind: "CO_INCUBATION" });
  await createProgrammePartner(db, {
    organisationId: hkstp.id,
    programmeId: programme.id,
    partnerId: astrazeneca.id,
  });
  await createProgrammePartner(db, {
    organisationId: hkstp.id,
    programmeId: programme.id,
    partnerId: boehringer.id,
    canReviewShortlisted: false,
  });
  const azScientist = await createMember(db, {
    organisationId: astrazeneca.id,
    role: "PARTNER_MEMBER",
  });
  const azColleague = await createMember(db, {
    organisationId: astrazeneca.id,
    role: "PARTNER_MEMBER",
  });
  const biScientist = await createMember(db, {
    organisationId: boehringer.id,
    role: "PARTNER_MEMBER",
  });
  const novartisScientist = await createMember(db, {
    organisationId: novartis.id,
    role: "PARTNER_MEMBER",
  });

  const call = await createCall(db, {
    organisationId: hkstp.id,
    programmeId: programme.id,
    status: "CLOSED",
    isBlindReview: options.isBlindReview ?? false,
  });
  const rubric = await createRubricWithCriteria(db, { organisationId: hkstp.id, callId: call.id });
  const applicationA = await createApplication(db, {
    organisationId: hkstp.id,
    callId: call.id,
    status: options.statusOfA ?? "SHORTLISTED",
  });
  const applicationB = await createApplication(db, {
    organisationId: hkstp.id,
    callId: call.id,
    status: "SHORTLISTED",
  });
  const incuBioCall = await createCall(db, { organisationId: hkstp.id, status: "CLOSED" });
  const applicationC = await createApplication(db, {
    organisationId: hkstp.id,
    callId: incuBioCall.id,
    status: "SHORTLISTED",
  });
  const pitchDeck = await createAttachment(db, {
    organisationId: hkstp.id,
    applicationId: applicationA.id,
    kind: "PITCH_DECK",
  });
  const pitchDeckOfB = await createAttachment(db, {
    organisationId: hkstp.id,
    applicationId: applicationB.id,
    kind: "PITCH_DECK",
  });

  const azAssignment = await createReviewerAssignment(db, {
    organisationId: hkstp.id,
    applicationId: applicationA.id,
    reviewerId: azScientist.user.id,
  });
  const mentorAssignment = await createReviewerAssignment(db, {
    organisationId: hkstp.id,
    applicationId: applicationA.id,
    reviewerId: mentor.user.id,
    conflictDeclaredAt: new Date(),
    hasConflict: false,
    status: "SUBMITTED",
  });
  const mentorReview = await createReview(db, {
    assignmentId: mentorAssignment.id,
    status: "SUBMITTED",
    recommendation: "DO_NOT_SUPPORT",
  });
  for (const criterion of rubric.criteria) {
    await createReviewScore(db, { reviewId: mentorReview.id, criterionId: criterion.id, score: 1 });
  }
  const mentorAssignmentOfB = await createReviewerAssignment(db, {
    organisationId: hkstp.id,
    applicationId: applicationB.id,
    reviewerId: mentor.user.id,
  });
  return {
    hkstp,
    officer,
    mentor,
    astrazeneca,
    boehringer,
    novartis,
    programme,
    azScientist,
    azColleague,
    biScientist,
    novartisScientist,
    call,
    rubric,
    applicationA,
    applicationB,
    applicationC,
    pitchDeck,
    pitchDeckOfB,
    azAssignment,
    mentorAssignment,
    mentorReview,
    mentorAssignmentOfB,
  };
}

export type PartnerWorld = Awaited<ReturnType<typeof buildPartnerWorld>>;
