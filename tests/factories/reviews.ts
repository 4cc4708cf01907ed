import type {
  Decision,
  Prisma,
  Review,
  ReviewerAssignment,
  ReviewScore,
} from "@/lib/generated/prisma/client";
import { resolveApplication } from "./applications";
import { createReviewRubric, createRubricCriterion } from "./calls";
import type { FactoryDatabase } from "./database";
import { daysFrom } from "./sequence";
import { createMember } from "./users";

/** Assigns a reviewer (a new mentor of the operator unless given) to an application. */
export async function createReviewerAssignment(
  db: FactoryDatabase,
  overrides: Partial<Prisma.ReviewerAssignmentUncheckedCreateInput> = {},
): Promise<ReviewerAssignment> {
  const scope = await resolveApplication(db, overrides);
  const reviewerId =
    overrides.reviewerId ??
    (await createMember(db, { organisationId: scope.organisationId, role: "MENTOR" })).user.id;
  return db.reviewerAssignment.create({
    data: { dueAt: daysFrom(new Date(), 14), ...overrides, ...scope, reviewerId },
  });
}

/**
 * Creates a review (DRAFT by default) for an assignment, or for a new assignment. A
 * SUBMITTED review gets `submittedAt` unless given.
 */
export async function createReview(
  db: FactoryDatabase,
  overrides: Partial<Prisma.ReviewUncheckedCreateInput> = {},
): Promise<Review> {
  const assignment = overrides.assignmentId
    ? await db.reviewerAssignment.findUniqueOrThrow({ where: { id: overrides.assignmentId } })
    : await createReviewerAssignment(db, {
        applicationId: overrides.applicationId,
        organisationId: overrides.organisationId,
        reviewerId: overrides.reviewerId,
      });
  const status = overrides.status ?? "DRAFT";
  return db.review.create({
    data: {
      submittedAt: status === "SUBMITTED" ? new Date() : null,
      ...overrides,
      status,
      assignmentId: assignment.id,
      applicationId: assignment.applicationId,
      reviewerId: assignment.reviewerId,
      organisationId: assignment.organisationId,
    },
  });
}

/**
 * Creates one criterion score (4 by default). Without a criterion, adds one to the call's
 * latest rubric (or to a new rubric of that call).
 */
export async function createReviewScore(
  db: FactoryDatabase,
  overrides: Partial<Prisma.ReviewScoreUncheckedCreateInput> = {},
): Promise<ReviewScore> {
  const review = overrides.reviewId
    ? await db.review.findUniqueOrThrow({
        where: { id: overrides.reviewId },
        include: { application: true },
      })
    : await db.review.findUniqueOrThrow({
        where: { id: (await createReview(db, { organisationId: overrides.organisationId })).id },
        include: { application: true },
      });
  let criterionId = overrides.criterionId;
  if (!criterionId) {
    const callId = review.application.callId;
    const rubric =
      (await db.reviewRubric.findFirst({ where: { callId }, orderBy: { version: "desc" } })) ??
      (await createReviewRubric(db, { callId, organisationId: review.organisationId }));
    criterionId = (
      await createRubricCriterion(db, {
        rubricId: rubric.id,
        organisationId: rubric.organisationId,
      })
    ).id;
  }
  return db.reviewScore.create({
    data: {
      score: 4,
      ...overrides,
      reviewId: review.id,
      organisationId: review.organisationId,
      criterionId,
    },
  });
}

/** Records the decision on an application (ACCEPTED by default) by a new officer unless given. */
export async function createDecision(
  db: FactoryDatabase,
  overrides: Partial<Prisma.DecisionUncheckedCreateInput> = {},
): Promise<Decision> {
  const scope = await resolveApplication(db, overrides);
  const decidedById =
    overrides.decidedById ??
    (await createMember(db, { organisationId: scope.organisationId, role: "PROGRAMME_OFFICER" }))
      .user.id;
  return db.decision.create({
    data: {
      outcome: "ACCEPTED",
      rationale:
        "Strong science and a credible path to a pre-IND meeting within the programme term.",
      ...overrides,
      ...scope,
      decidedById,
    },
  });
}
