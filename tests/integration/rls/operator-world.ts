// One operator's complete world, with at least one row in every table under row-level
// security: the fixture the isolation tests compare two of.
import type { FactoryDatabase } from "../../factories/database";
import {
  createApplication,
  createApplicationAnswer,
  createApplicationMessage,
  createApplicationStatusChange,
  createAttachment,
} from "../../factories/applications";
import { createAuditEvent } from "../../factories/audit";
import {
  createApplicationForm,
  createCall,
  createEligibilityCriterion,
  createRubricWithCriteria,
} from "../../factories/calls";
import {
  createActionItem,
  createCoachingPrivateNote,
  createCoachingSession,
  createMentorAssignment,
  createMentorProfile,
} from "../../factories/coaching";
import { createDataSharingConsent, createDocumentView } from "../../factories/consents";
import { createEnrolment } from "../../factories/enrolments";
import { createDisbursement, createGrantWithBuckets } from "../../factories/grants";
import {
  createMilestone,
  createMilestoneEvidence,
  createMilestoneTemplate,
} from "../../factories/milestones";
import { createNotification } from "../../factories/notifications";
import { createOperator, createPartner, createStartup } from "../../factories/organisations";
import { createProgramme, createProgrammePartner } from "../../factories/programmes";
import { createReview, createReviewScore, createDecision } from "../../factories/reviews";
import { createInvitation, createMember } from "../../factories/users";

export type OperatorWorld = Awaited<ReturnType<typeof createOperatorWorld>>;

/**
 * An operator with a co-incubation programme linked to a partner, a published and a draft
 * call, a start-up accepted and enrolled with reviews, coaching, a milestone with evidence,
 * a grant with a tranche, all three consents, a document view, a notification, an audit
 * event and a pending invitation; plus a platform-wide milestone template (public).
 */
export async function createOperatorWorld(db: FactoryDatabase) {
  const operator = await createOperator(db);
  const organisationId = operator.id;
  const officer = await createMember(db, { organisationId, role: "PROGRAMME_OFFICER" });
  const admin = await createMember(db, { organisationId, role: "OPERATOR_ADMIN" });
  const mentor = await createMember(db, { organisationId, role: "MENTOR" });

  const programme = await createProgramme(db, { organisationId, kind: "CO_INCUBATION" });
  const draftProgramme = await createProgramme(db, { organisationId, status: "DRAFT" });
  const partner = await createPartner(db);
  const partnerMember = await createMember(db, {
    organisationId: partner.id,
    role: "PARTNER_MEMBER",
  });
  await createProgrammePartner(db, {
    programmeId: programme.id,
    organisationId,
    partnerId: partner.id,
  });

  const call = await createCall(db, { programmeId: programme.id, organisationId });
  const draftCall = await createCall(db, {
    programmeId: draftProgramme.id,
    organisationId,
    status: "DRAFT",
    publishedAt: null,
  });
  await createEligibilityCriterion(db, { callId: call.id, organisationId });
  await createEligibilityCriterion(db, { callId: draftCall.id, organisationId });
  await createApplicationForm(db, { callId: call.id, organisationId });
  await createApplicationForm(db, { callId: draftCall.id, organisationId, publishedAt: null });
  await createRubricWithCriteria(db, { callId: call.id, organisationId });

  const startup = await createStartup(db);
  const founder = await createMember(db, { organisationId: startup.id, role: "STARTUP_MEMBER" });
  const application = await createApplication(db, {
    callId: call.id,
    organisationId,
    startupId: startup.id,
    createdById: founder.user.id,
    status: "ACCEPTED",
  });
  const applicationScope = { applicationId: application.id, organisationId };
  await createApplicationAnswer(db, applicationScope);
  await createApplicationStatusChange(db, { ...applicationScope, actorId: founder.user.id });
  await createApplicationMessage(db, { ...applicationScope, authorId: officer.user.id });
  const pitchDeck = await createAttachment(db, {
    ...applicationScope,
    kind: "PITCH_DECK",
    uploadedById: founder.user.id,
  });
  const review = await createReview(db, {
    ...applicationScope,
    reviewerId: mentor.user.id,
    status: "SUBMITTED",
  });
  await createReviewScore(db, { reviewId: review.id });
  await createDecision(db, { ...applicationScope, decidedById: officer.user.id });

  const enrolment = await createEnrolment(db, {
    programmeId: programme.id,
    organisationId,
    startupId: startup.id,
    applicationId: application.id,
  });
  const enrolmentScope = { enrolmentId: enrolment.id, organisationId };
  await createMentorProfile(db, { organisationId, userId: mentor.user.id });
  const assignment = await createMentorAssignment(db, {
    ...enrolmentScope,
    mentorId: mentor.user.id,
  });
  const session = await createCoachingSession(db, {
    assignmentId: assignment.id,
    status: "LOGGED",
  });
  await createActionItem(db, { coachingSessionId: session.id });
  await createCoachingPrivateNote(db, { coachingSessionId: session.id });

  const template = await createMilestoneTemplate(db, { organisationId });
  const platformTemplate = await createMilestoneTemplate(db);
  const milestone = await createMilestone(db, { ...enrolmentScope, templateId: template.id });
  await db.milestoneStatusChange.create({
    data: {
      milestoneId: milestone.id,
      organisationId,
      toStatus: "PLANNED",
      actorId: founder.user.id,
    },
  });
  const evidence = await createMilestoneEvidence(db, {
    milestoneId: milestone.id,
    organisationId,
    submittedById: founder.user.id,
  });
  await createAttachment(db, {
    milestoneEvidenceId: evidence.id,
    organisationId,
    uploadedById: founder.user.id,
  });

  const { grant, buckets } = await createGrantWithBuckets(db, enrolmentScope);
  const disbursement = await createDisbursement(db, {
    bucketId: buckets[0]!.id,
    requestedById: founder.user.id,
  });
  await createAttachment(db, {
    disbursementId: disbursement.id,
    organisationId,
    kind: "PAYMENT_PROOF",
    uploadedById: founder.user.id,
  });

  const consents = [];
  for (const category of ["MILESTONES", "COACHING_SUMMARIES", "DOCUMENTS"] as const) {
    consents.push(
      await createDataSharingConsent(db, {
        programmeId: programme.id,
        organisationId,
        startupId: startup.id,
        partnerId: partner.id,
        grantedById: founder.user.id,
        category,
      }),
    );
  }
  await createDocumentView(db, {
    attachmentId: pitchDeck.id,
    partnerId: partner.id,
    viewerId: partnerMember.user.id,
  });

  await createNotification(db, { userId: officer.user.id, organisationId });
  await db.notificationPreference.create({
    data: { userId: officer.user.id, kind: "MILESTONE", email: "OFF" },
  });
  await db.notificationDigest.create({
    data: { userId: officer.user.id, digestDate: new Date("2026-11-23T00:00:00Z") },
  });
  await createAuditEvent(db, {
    organisationId,
    actorId: officer.user.id,
    action: "application.decide",
  });
  const invitation = await createInvitation(db, { organisationId, invitedById: admin.user.id });

  return {
    operator,
    officer,
    admin,
    mentor,
    programme,
    partner,
    partnerMember,
    call,
    draftCall,
    startup,
    founder,
    application,
    enrolment,
    milestone,
    grant,
    disbursement,
    consents,
    invitation,
    platformTemplate,
  };
}
