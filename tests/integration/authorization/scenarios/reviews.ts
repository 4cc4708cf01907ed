import { bulkAssignReviewer } from "@/lib/actions/reviews/bulk-assign-reviewer";
import { bulkScreenEligible } from "@/lib/actions/reviews/bulk-screen-eligible";
import { bulkShortlistApplications } from "@/lib/actions/reviews/bulk-shortlist-applications";
import { declareConflict } from "@/lib/actions/reviews/declare-conflict";
import { inviteExternalReviewer } from "@/lib/actions/reviews/invite-external-reviewer";
import { remindReviewer } from "@/lib/actions/reviews/remind-reviewer";
import { assignReviewer } from "@/lib/actions/reviews/assign-reviewer";
import { screenApplication } from "@/lib/actions/reviews/screen-application";
import { submitReview } from "@/lib/actions/reviews/submit-review";
import { decideApplication } from "@/lib/actions/decisions/decide-application";
import { shortlistApplication } from "@/lib/actions/decisions/shortlist-application";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { createApplication } from "../../../factories/applications";
import { createCall, createRubricWithCriteria } from "../../../factories/calls";
import { createReview, createReviewerAssignment } from "../../../factories/reviews";
import { createMember } from "../../../factories/users";
import { testDb } from "../../../setup/test-database";
import type { Scenario } from "../scenarios";
import type { Actor } from "../world";

/** An application of the actor's target tenant in `status`, with a five-criterion rubric. */
async function targetApplication(actor: Actor, status: ApplicationStatus) {
  const db = testDb();
  const application = await createApplication(db, {
    organisationId: actor.targetOrganisationId,
    status,
  });
  const rubric = await createRubricWithCriteria(db, {
    callId: application.callId,
    organisationId: application.organisationId,
  });
  return { application, rubric };
}

/**
 * An application in review to a call of the target tenant's co-incubation programme (the one
 * the entitled partner reviews for), or of a new programme when the tenant has none.
 */
async function coIncubationApplication(actor: Actor) {
  const db = testDb();
  const link = await db.programmePartner.findFirst({
    where: { organisationId: actor.targetOrganisationId, canReviewShortlisted: true },
    select: { programmeId: true },
  });
  const call = await createCall(db, {
    organisationId: actor.targetOrganisationId,
    ...(link ? { programmeId: link.programmeId } : {}),
  });
  const application = await createApplication(db, {
    organisationId: actor.targetOrganisationId,
    callId: call.id,
    status: "IN_REVIEW",
  });
  const rubric = await createRubricWithCriteria(db, {
    callId: call.id,
    organisationId: actor.targetOrganisationId,
  });
  return { application, rubric };
}

/** The actor's own assignment when they have an account (otherwise a mentor's), declared or not. */
async function actorAssignment(actor: Actor, hasDeclared: boolean) {
  const { application, rubric } = await coIncubationApplication(actor);
  const assignment = await createReviewerAssignment(testDb(), {
    applicationId: application.id,
    organisationId: application.organisationId,
    ...(actor.userId ? { reviewerId: actor.userId } : {}),
    ...(hasDeclared ? { conflictDeclaredAt: new Date(), hasConflict: false } : {}),
  });
  return { assignment, rubric };
}

/** Scenarios for tests/authorization/matrix/reviews.ts, by `file#exportedName`. */
export const REVIEW_SCENARIOS: Record<string, Scenario> = {
  "lib/actions/reviews/screen-application.ts#screenApplication": async (_world, actor) => {
    const { application } = await targetApplication(actor, "SUBMITTED");
    return () =>
      screenApplication({
        organisation: actor.organisationSlug,
        applicationId: application.id,
        outcome: "ELIGIBLE",
      });
  },

  "lib/actions/reviews/assign-reviewer.ts#assignReviewer": async (_world, actor) => {
    const { application } = await targetApplication(actor, "IN_REVIEW");
    const reviewer = await createMember(testDb(), {
      organisationId: actor.targetOrganisationId,
      role: "MENTOR",
    });
    return () =>
      assignReviewer({
        organisation: actor.organisationSlug,
        applicationId: application.id,
        reviewerId: reviewer.user.id,
        dueOn: "2026-12-18",
      });
  },

  "lib/actions/reviews/declare-conflict.ts#declareConflict": async (_world, actor) => {
    const { assignment } = await actorAssignment(actor, false);
    return () =>
      declareConflict({
        organisation: actor.organisationSlug,
        assignmentId: assignment.id,
        hasConflict: false,
      });
  },

  "lib/actions/reviews/submit-review.ts#submitReview": async (_world, actor) => {
    const { assignment, rubric } = await actorAssignment(actor, true);
    return () =>
      submitReview({
        organisation: actor.organisationSlug,
        assignmentId: assignment.id,
        intent: "SUBMIT",
        scores: rubric.criteria.map((criterion) => ({ criterionId: criterion.id, score: 4 })),
        recommendation: "SUPPORT",
        overallComment: "Credible pre-IND plan; the CMC budget looks thin.",
      });
  },

  "lib/actions/decisions/shortlist-application.ts#shortlistApplication": async (_world, actor) => {
    const { application } = await targetApplication(actor, "IN_REVIEW");
    await createReview(testDb(), {
      applicationId: application.id,
      organisationId: application.organisationId,
      status: "SUBMITTED",
    });
    return () =>
      shortlistApplication({ organisation: actor.organisationSlug, applicationId: application.id });
  },

  "lib/actions/decisions/decide-application.ts#decideApplication": async (_world, actor) => {
    const { application } = await targetApplication(actor, "SHORTLISTED");
    return () =>
      decideApplication({
        organisation: actor.organisationSlug,
        applicationId: application.id,
        outcome: "ACCEPTED",
        rationale: "Strongest science of the intake and a credible path to an IND filing.",
      });
  },

  "lib/actions/reviews/invite-external-reviewer.ts#inviteExternalReviewer": async (
    _world,
    actor,
  ) => {
    const email = `expert-${Math.random().toString(36).slice(2, 10)}@university.example.hk`;
    return () =>
      inviteExternalReviewer({
        organisation: actor.organisationSlug,
        name: "Prof. Lydia Ho",
        email,
      });
  },

  "lib/actions/reviews/remind-reviewer.ts#remindReviewer": async (_world, actor) => {
    const { application } = await targetApplication(actor, "IN_REVIEW");
    const assignment = await createReviewerAssignment(testDb(), {
      applicationId: application.id,
      organisationId: application.organisationId,
    });
    return () =>
      remindReviewer({ organisation: actor.organisationSlug, assignmentId: assignment.id });
  },

  "lib/actions/reviews/bulk-screen-eligible.ts#bulkScreenEligible": async (_world, actor) => {
    const { application } = await targetApplication(actor, "SUBMITTED");
    const second = await createApplication(testDb(), {
      organisationId: application.organisationId,
      callId: application.callId,
      status: "SUBMITTED",
    });
    return () =>
      bulkScreenEligible({
        organisation: actor.organisationSlug,
        callId: application.callId,
        applicationIds: [application.id, second.id],
      });
  },

  "lib/actions/reviews/bulk-assign-reviewer.ts#bulkAssignReviewer": async (_world, actor) => {
    const { application } = await targetApplication(actor, "IN_REVIEW");
    const second = await createApplication(testDb(), {
      organisationId: application.organisationId,
      callId: application.callId,
      status: "IN_REVIEW",
    });
    const reviewer = await createMember(testDb(), {
      organisationId: actor.targetOrganisationId,
      role: "MENTOR",
    });
    return () =>
      bulkAssignReviewer({
        organisation: actor.organisationSlug,
        callId: application.callId,
        applicationIds: [application.id, second.id],
        reviewerId: reviewer.user.id,
        dueOn: "2026-12-18",
      });
  },

  "lib/actions/reviews/bulk-shortlist-applications.ts#bulkShortlistApplications": async (
    _world,
    actor,
  ) => {
    const { application } = await targetApplication(actor, "IN_REVIEW");
    const second = await createApplication(testDb(), {
      organisationId: application.organisationId,
      callId: application.callId,
      status: "IN_REVIEW",
    });
    for (const reviewed of [application, second]) {
      await createReview(testDb(), {
        applicationId: reviewed.id,
        organisationId: reviewed.organisationId,
        status: "SUBMITTED",
      });
    }
    return () =>
      bulkShortlistApplications({
        organisation: actor.organisationSlug,
        callId: application.callId,
        applicationIds: [application.id, second.id],
      });
  },
};
