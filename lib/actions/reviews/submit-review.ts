"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { getCallRubric, getOwnAssignmentOrThrow } from "@/lib/data/reviews/lookups";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { submitReviewSchema } from "@/lib/schemas/reviews";

const SCORABLE_STATUSES = new Set(["IN_REVIEW", "SHORTLISTED"]);

/**
 * The assigned reviewer saves a draft of their scores or submits them. Only after declaring no
 * conflict; a submitted review never changes again. Scores must be on the rubric's scale, and
 * submitting needs every criterion scored and a recommendation.
 */
export const submitReview = organisationAction
  .metadata({ name: "submit-review", permission: "review.score" })
  .inputSchema(submitReviewSchema)
  .action(async ({ parsedInput: input, ctx: { user, organisation, request } }) => {
    const isSubmit = input.intent === "SUBMIT";
    const review = await db.$transaction(async (tx) => {
      const assignment = await getOwnAssignmentOrThrow(tx, {
        reviewer: { userId: user.id, organisation },
        assignmentId: input.assignmentId,
      });
      // The operator's: also when a partner scientist scores from their partner membership.
      const operatorId = assignment.organisationId;
      if (assignment.status === "CONFLICTED" || assignment.hasConflict) {
        throw new AppError(
          "CONFLICT",
          "You declared a conflict of interest, so you cannot score this application.",
        );
      }
      if (assignment.status === "REMOVED") {
        throw new AppError("CONFLICT", "You are no longer a reviewer of this application.");
      }
      if (assignment.status === "SUBMITTED" || assignment.review?.status === "SUBMITTED") {
        throw new AppError("CONFLICT", "You have already submitted this review.");
      }
      if (!assignment.conflictDeclaredAt) {
        throw new AppError(
          "CONFLICT",
          "Declare whether you have a conflict of interest before scoring.",
        );
      }
      if (!SCORABLE_STATUSES.has(assignment.application.status)) {
        throw new AppError(
          "CONFLICT",
          `${assignment.application.reference} is no longer in review, so it cannot be scored.`,
        );
      }
      const rubric = await getCallRubric(tx, {
        organisationId: operatorId,
        callId: assignment.application.callId,
      });
      if (!rubric) throw new AppError("CONFLICT", "This call has no published review rubric yet.");

      const criterionIds = new Set(rubric.criteria.map((criterion) => criterion.id));
      const scores = input.scores.filter((entry) => entry.score !== null || entry.comment);
      for (const entry of scores) {
        if (!criterionIds.has(entry.criterionId)) {
          throw new AppError("INVALID", "A score names a criterion that is not in this rubric.");
        }
        if (
          entry.score !== null &&
          (entry.score < rubric.scaleMin || entry.score > rubric.scaleMax)
        ) {
          throw new AppError(
            "INVALID",
            `Scores run from ${rubric.scaleMin} to ${rubric.scaleMax}.`,
          );
        }
      }
      if (isSubmit) {
        const scored = new Set(
          scores.filter((entry) => entry.score !== null).map((entry) => entry.criterionId),
        );
        const missing = rubric.criteria.filter((criterion) => !scored.has(criterion.id));
        if (missing.length > 0) {
          throw new AppError(
            "INVALID",
            `Score every criterion before submitting (missing: ${missing.map((criterion) => criterion.label).join(", ")}).`,
          );
        }
        if (!input.recommendation) {
          throw new AppError("INVALID", "Choose a recommendation before submitting.");
        }
      }

      // Scores are written while the review is a draft, then the review is closed: row-level
      // security lets a reviewer from outside the operator change only a draft.
      const fields = {
        recommendation: input.recommendation,
        overallComment: input.overallComment ?? null,
      };
      const draft = assignment.review
        ? await tx.review.update({
            where: { id: assignment.review.id },
            data: fields,
            select: { id: true },
          })
        : await tx.review.create({
            data: {
              organisationId: operatorId,
              assignmentId: assignment.id,
              applicationId: assignment.applicationId,
              reviewerId: user.id,
              ...fields,
            },
            select: { id: true },
          });
      await tx.reviewScore.deleteMany({
        where: { reviewId: draft.id, organisationId: operatorId },
      });
      const scoreRows = scores
        .filter((entry) => entry.score !== null)
        .map((entry) => ({
          organisationId: operatorId,
          reviewId: draft.id,
          criterionId: entry.criterionId,
          score: entry.score!,
          comment: entry.comment ?? null,
        }));
      if (scoreRows.length > 0) await tx.reviewScore.createMany({ data: scoreRows });
      const saved = isSubmit
        ? await tx.review.update({
            where: { id: draft.id },
            data: { status: "SUBMITTED", submittedAt: new Date() },
            select: { id: true, status: true },
          })
        : { id: draft.id, status: "DRAFT" as const };
      if (isSubmit) {
        // Conditional on ASSIGNED so two tabs submitting at once cannot both succeed.
        const closed = await tx.reviewerAssignment.updateMany({
          where: { id: assignment.id, status: "ASSIGNED" },
          data: { status: "SUBMITTED" },
        });
        if (closed.count !== 1)
          throw new AppError("CONFLICT", "You have already submitted this review.");
      }
      await recordAuditEvent(tx, {
        organisationId: operatorId,
        actorId: user.id,
        action: isSubmit ? "review.submit" : "review.save_draft",
        targetType: "Review",
        targetId: saved.id,
        after: {
          status: saved.status,
          recommendation: input.recommendation,
          scores: Object.fromEntries(scoreRows.map((row) => [row.criterionId, row.score])),
        },
        ...request,
      });
      return saved;
    });
    revalidatePath(`/${organisation.slug}/reviews`);
    return { reviewId: review.id, status: review.status };
  });
