"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { getOwnAssignmentOrThrow } from "@/lib/data/reviews/lookups";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { declareConflictSchema } from "@/lib/schemas/reviews";

/**
 * The assigned reviewer declares, once, before scoring. A conflict removes them from the
 * application (status CONFLICTED) so the officer assigns someone else. Partner scientists and
 * external reviewers declare from their own membership (see ownAssignmentsWhere).
 */
export const declareConflict = organisationAction
  .metadata({ name: "declare-conflict", permission: "review.score" })
  .inputSchema(declareConflictSchema)
  .action(
    async ({
      parsedInput: { assignmentId, hasConflict, details },
      ctx: { user, organisation, request },
    }) => {
      await db.$transaction(async (tx) => {
        const assignment = await getOwnAssignmentOrThrow(tx, {
          reviewer: { userId: user.id, organisation },
          assignmentId,
        });
        if (assignment.conflictDeclaredAt || assignment.status !== "ASSIGNED") {
          throw new AppError(
            "CONFLICT",
            "You have already made your conflict-of-interest declaration for this application.",
          );
        }
        const declared = await tx.reviewerAssignment.updateMany({
          where: { id: assignment.id, status: "ASSIGNED", conflictDeclaredAt: null },
          data: {
            conflictDeclaredAt: new Date(),
            hasConflict,
            conflictDetails: hasConflict ? (details ?? null) : null,
            ...(hasConflict ? { status: "CONFLICTED" } : {}),
          },
        });
        if (declared.count !== 1) {
          throw new AppError(
            "CONFLICT",
            "This assignment changed meanwhile. Reload and try again.",
          );
        }
        // The operator's trail, also when the reviewer acts from a partner's membership.
        await recordAuditEvent(tx, {
          organisationId: assignment.organisationId,
          actorId: user.id,
          action: "review.declare_conflict",
          targetType: "ReviewerAssignment",
          targetId: assignment.id,
          before: { status: assignment.status },
          after: { status: hasConflict ? "CONFLICTED" : "ASSIGNED", hasConflict },
          ...request,
        });
      });
      revalidatePath(`/${organisation.slug}/reviews`);
      return { assignmentId, hasConflict };
    },
  );
