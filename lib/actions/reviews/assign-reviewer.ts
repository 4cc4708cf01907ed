"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { getOperatorApplicationOrThrow } from "@/lib/data/reviews/lookups";
import { likelyConflictReason } from "@/lib/data/reviews/likely-conflict";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { assignReviewerSchema } from "@/lib/schemas/reviews";

// Partner scientists may review too (review.score), but row-level security keeps review rows
// operator-only, so only the operator's own officers and mentors can be assigned for now.
const REVIEWER_ROLES = ["PROGRAMME_OFFICER", "MENTOR"] as const;
const ASSIGNABLE_STATUSES = new Set(["SCREENING", "IN_REVIEW", "SHORTLISTED"]);

/**
 * Assigns a reviewer to an application in review, with a due date (end of that day, Hong Kong
 * time). A likely conflict is flagged for the officer, not refused: the reviewer still has
 * to declare.
 */
export const assignReviewer = organisationAction
  .metadata({ name: "assign-reviewer", permission: "review.assign" })
  .inputSchema(assignReviewerSchema)
  .action(
    async ({
      parsedInput: { applicationId, reviewerId, dueOn },
      ctx: { user, organisation, request },
    }) => {
      try {
        const assignment = await db.$transaction(async (tx) => {
          const application = await getOperatorApplicationOrThrow(tx, {
            organisationId: organisation.id,
            applicationId,
          });
          if (!ASSIGNABLE_STATUSES.has(application.status)) {
            throw new AppError(
              "CONFLICT",
              `${application.reference} is ${application.status.toLowerCase().replace("_", " ")}: reviewers are assigned once it is screened eligible.`,
            );
          }
          const reviewer = await tx.membership.findFirst({
            where: {
              organisationId: organisation.id,
              userId: reviewerId,
              status: "ACTIVE",
              role: { in: [...REVIEWER_ROLES] },
            },
            select: { user: { select: { id: true, name: true } } },
          });
          if (!reviewer) {
            throw new AppError(
              "NOT_FOUND",
              "Choose an active programme officer or mentor of this organisation.",
            );
          }
          const existing = await tx.reviewerAssignment.findFirst({
            where: { organisationId: organisation.id, applicationId: application.id, reviewerId },
            select: { id: true },
          });
          if (existing) throw alreadyAssigned();
          const flaggedConflictReason = await likelyConflictReason(tx, {
            application,
            reviewerId,
          });
          const created = await tx.reviewerAssignment.create({
            data: {
              organisationId: organisation.id,
              applicationId: application.id,
              reviewerId,
              dueAt: new Date(`${dueOn}T23:59:59.999+08:00`),
              flaggedConflictReason,
            },
            select: { id: true, dueAt: true, flaggedConflictReason: true },
          });
          await recordAuditEvent(tx, {
            organisationId: organisation.id,
            actorId: user.id,
            action: "review.assign",
            targetType: "ReviewerAssignment",
            targetId: created.id,
            after: { applicationId, reviewerId, dueAt: created.dueAt, flaggedConflictReason },
            ...request,
          });
          return { ...created, reviewerName: reviewer.user.name, reference: application.reference };
        });
        revalidatePath(`/${organisation.slug}`);
        return {
          assignmentId: assignment.id,
          flaggedConflictReason: assignment.flaggedConflictReason,
        };
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
          throw alreadyAssigned();
        }
        throw error;
      }
    },
  );

function alreadyAssigned(): AppError {
  return new AppError("CONFLICT", "That reviewer is already assigned to this application.");
}
