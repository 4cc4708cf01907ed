"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { changeApplicationStatus } from "@/lib/data/applications/change-application-status";
import { getOperatorApplicationOrThrow } from "@/lib/data/reviews/lookups";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { screenApplicationSchema } from "@/lib/schemas/reviews";

/**
 * The officer's eligibility check. A submitted application enters screening first; eligible
 * moves it on to review, ineligible rejects it with the reason recorded for the applicant.
 */
export const screenApplication = organisationAction
  .metadata({ name: "screen-application", permission: "application.screen" })
  .inputSchema(screenApplicationSchema)
  .action(
    async ({
      parsedInput: { applicationId, outcome, reason },
      ctx: { user, organisation, request },
    }) => {
      await db.$transaction(async (tx) => {
        const application = await getOperatorApplicationOrThrow(tx, {
          organisationId: organisation.id,
          applicationId,
        });
        if (application.status !== "SUBMITTED" && application.status !== "SCREENING") {
          throw new AppError(
            "CONFLICT",
            `${application.reference} is ${application.status.toLowerCase().replace("_", " ")}: only a submitted application can be screened.`,
          );
        }
        const change = {
          side: "OPERATOR",
          actorId: user.id,
          auditOrganisationId: organisation.id,
          request,
        } as const;
        let status = application.status;
        if (status === "SUBMITTED") {
          await changeApplicationStatus(tx, { ...change, application, to: "SCREENING" });
          status = "SCREENING";
        }
        await changeApplicationStatus(tx, {
          ...change,
          application: { ...application, status },
          to: outcome === "ELIGIBLE" ? "IN_REVIEW" : "REJECTED",
          reason: reason ?? null,
        });
        await tx.application.update({
          where: { id: application.id },
          data: { screeningOutcome: outcome, screeningReason: reason ?? null },
        });
        await recordAuditEvent(tx, {
          organisationId: organisation.id,
          actorId: user.id,
          action: "application.screen",
          targetType: "Application",
          targetId: application.id,
          after: { screeningOutcome: outcome, screeningReason: reason ?? null },
          ...request,
        });
      });
      revalidatePath(`/${organisation.slug}`);
      return { applicationId, outcome };
    },
  );
