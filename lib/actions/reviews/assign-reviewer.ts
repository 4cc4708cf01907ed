"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import {
  assignmentProblem,
  createReviewerAssignment,
  endOfHongKongDay,
  getAssignableReviewerOrThrow,
} from "@/lib/data/reviews/create-reviewer-assignment";
import { getOperatorApplicationOrThrow } from "@/lib/data/reviews/lookups";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { assignReviewerSchema } from "@/lib/schemas/reviews";

/**
 * Assigns a reviewer to an application in review, with a due date (end of that day, Hong Kong
 * time): one of the operator's officers, mentors or external reviewers, or a partner scientist
 * of the programme's partners (shortlisted applications only). A likely conflict is flagged
 * for the officer, not refused: the reviewer still has to declare. The reviewer is notified.
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
          const reviewer = await getAssignableReviewerOrThrow(tx, {
            organisation,
            programmeId: application.call.programmeId,
            reviewerId,
          });
          const problem = await assignmentProblem(tx, { application, reviewer });
          if (problem) throw new AppError("CONFLICT", problem);
          return createReviewerAssignment(tx, {
            organisation,
            actorId: user.id,
            request,
            application,
            reviewer,
            dueAt: endOfHongKongDay(dueOn),
          });
        });
        revalidatePath(`/${organisation.slug}`);
        return {
          assignmentId: assignment.id,
          flaggedConflictReason: assignment.flaggedConflictReason,
        };
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
          throw new AppError("CONFLICT", "That reviewer is already assigned to this application.");
        }
        throw error;
      }
    },
  );
