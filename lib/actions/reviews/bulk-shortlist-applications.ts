"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { changeApplicationStatus } from "@/lib/data/applications/change-application-status";
import {
  applyAllOrNothing,
  type CallApplication,
  getCallApplicationsOrThrow,
} from "@/lib/data/reviews/bulk-applications";
import { bulkShortlistSchema } from "@/lib/schemas/reviews";

/**
 * Shortlists the selected applications of a call. Each must be in review with at least one
 * submitted review (as for one at a time); all or nothing, with every outcome reported.
 */
export const bulkShortlistApplications = organisationAction
  .metadata({ name: "bulk-shortlist-applications", permission: "application.shortlist" })
  .inputSchema(bulkShortlistSchema)
  .action(
    async ({ parsedInput: { callId, applicationIds }, ctx: { user, organisation, request } }) => {
      const result = await applyAllOrNothing<CallApplication>(async (tx) => {
        const items = await getCallApplicationsOrThrow(tx, {
          organisationId: organisation.id,
          callId,
          applicationIds,
        });
        const submitted = await tx.review.groupBy({
          by: ["applicationId"],
          where: {
            organisationId: organisation.id,
            applicationId: { in: applicationIds },
            status: "SUBMITTED",
          },
          _count: { _all: true },
        });
        const submittedCount = new Map(
          submitted.map((row) => [row.applicationId, row._count._all]),
        );
        return {
          items,
          describe: (application) => ({
            applicationId: application.id,
            reference: application.reference,
          }),
          problem: async (application) => {
            if (application.status !== "IN_REVIEW") {
              return `${application.reference} is ${application.status.toLowerCase().replace("_", " ")}: only an application in review can be shortlisted.`;
            }
            if (!submittedCount.get(application.id)) {
              return `${application.reference} has no submitted review yet: shortlist it once reviewers have scored it.`;
            }
            return null;
          },
          apply: async (application) => {
            await changeApplicationStatus(tx, {
              application,
              to: "SHORTLISTED",
              side: "OPERATOR",
              actorId: user.id,
              auditOrganisationId: organisation.id,
              reason: "Shortlisted with other applications of the call",
              request,
            });
            return "Shortlisted.";
          },
          wouldDo: "Can be shortlisted; nothing was changed.",
        };
      });
      if (result.isApplied) revalidatePath(`/${organisation.slug}/calls/${callId}`, "layout");
      return result;
    },
  );
