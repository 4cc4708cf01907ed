"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import {
  applyAllOrNothing,
  type CallApplication,
  getCallApplicationsOrThrow,
} from "@/lib/data/reviews/bulk-applications";
import {
  assignmentProblem,
  createReviewerAssignment,
  endOfHongKongDay,
  getAssignableReviewerOrThrow,
} from "@/lib/data/reviews/create-reviewer-assignment";
import { formatHkDate } from "@/lib/domain/dates";
import { bulkAssignReviewerSchema } from "@/lib/schemas/reviews";

/**
 * Assigns one reviewer, with one due date, to every selected application of a call. All or
 * nothing: an application that cannot take this reviewer (not yet screened, already assigned,
 * not shortlisted for a partner scientist) refuses the batch, and every outcome is reported.
 * Likely conflicts are flagged per application, as for one at a time.
 */
export const bulkAssignReviewer = organisationAction
  .metadata({ name: "bulk-assign-reviewer", permission: "review.assign" })
  .inputSchema(bulkAssignReviewerSchema)
  .action(
    async ({
      parsedInput: { callId, applicationIds, reviewerId, dueOn },
      ctx: { user, organisation, request },
    }) => {
      const dueAt = endOfHongKongDay(dueOn);
      const result = await applyAllOrNothing<CallApplication>(async (tx) => {
        const items = await getCallApplicationsOrThrow(tx, {
          organisationId: organisation.id,
          callId,
          applicationIds,
        });
        const reviewer = await getAssignableReviewerOrThrow(tx, {
          organisation,
          programmeId: items[0]!.call.programmeId,
          reviewerId,
        });
        return {
          items,
          describe: (application) => ({
            applicationId: application.id,
            reference: application.reference,
          }),
          problem: (application) => assignmentProblem(tx, { application, reviewer }),
          apply: async (application) => {
            const created = await createReviewerAssignment(tx, {
              organisation,
              actorId: user.id,
              request,
              application,
              reviewer,
              dueAt,
            });
            return created.flaggedConflictReason
              ? `Assigned to ${reviewer.name}, due ${formatHkDate(dueAt)}. Possible conflict: ${created.flaggedConflictReason}`
              : `Assigned to ${reviewer.name}, due ${formatHkDate(dueAt)}.`;
          },
          wouldDo: `Can be assigned to ${reviewer.name}; nothing was changed.`,
        };
      });
      if (result.isApplied) revalidatePath(`/${organisation.slug}/calls/${callId}`, "layout");
      return result;
    },
  );
