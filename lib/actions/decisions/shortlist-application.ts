"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { changeApplicationStatus } from "@/lib/data/applications/change-application-status";
import { getOperatorApplicationOrThrow } from "@/lib/data/reviews/lookups";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { shortlistApplicationSchema } from "@/lib/schemas/reviews";

/** Moves an application in review to the shortlist, once at least one review is submitted. */
export const shortlistApplication = organisationAction
  .metadata({ name: "shortlist-application", permission: "application.shortlist" })
  .inputSchema(shortlistApplicationSchema)
  .action(
    async ({ parsedInput: { applicationId, reason }, ctx: { user, organisation, request } }) => {
      const application = await db.$transaction(async (tx) => {
        const found = await getOperatorApplicationOrThrow(tx, {
          organisationId: organisation.id,
          applicationId,
        });
        if (found.status !== "IN_REVIEW") {
          throw new AppError(
            "CONFLICT",
            `${found.reference} is ${found.status.toLowerCase().replace("_", " ")}: only an application in review can be shortlisted.`,
          );
        }
        const submitted = await tx.review.count({
          where: { organisationId: organisation.id, applicationId: found.id, status: "SUBMITTED" },
        });
        if (submitted === 0) {
          throw new AppError(
            "CONFLICT",
            `${found.reference} has no submitted review yet: shortlist it once reviewers have scored it.`,
          );
        }
        await changeApplicationStatus(tx, {
          application: found,
          to: "SHORTLISTED",
          side: "OPERATOR",
          actorId: user.id,
          auditOrganisationId: organisation.id,
          reason: reason ?? null,
          request,
        });
        return found;
      });
      revalidatePath(`/${organisation.slug}/calls/${application.callId}/results`);
      return { applicationId, status: "SHORTLISTED" as const };
    },
  );
