"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { changeApplicationStatus } from "@/lib/data/applications/change-application-status";
import { listApplicantMemberIds } from "@/lib/data/applications/list-applicant-member-ids";
import { getOperatorApplicationOrThrow } from "@/lib/data/reviews/lookups";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { decideApplicationSchema } from "@/lib/schemas/reviews";

/**
 * The decision: a shortlisted application is accepted or rejected; one still in review can only
 * be rejected. Records the Decision (rationale internal, feedback for the applicant) and
 * notifies every active member of the applicant start-up, in one transaction with the status
 * change.
 */
export const decideApplication = organisationAction
  .metadata({ name: "decide-application", permission: "application.decide" })
  .inputSchema(decideApplicationSchema)
  .action(
    async ({
      parsedInput: { applicationId, outcome, rationale, feedbackToApplicant },
      ctx: { user, organisation, request },
    }) => {
      const result = await db.$transaction(async (tx) => {
        const application = await getOperatorApplicationOrThrow(tx, {
          organisationId: organisation.id,
          applicationId,
        });
        const isDecidable =
          application.status === "SHORTLISTED" ||
          (application.status === "IN_REVIEW" && outcome === "REJECTED");
        if (!isDecidable) {
          throw new AppError(
            "CONFLICT",
            application.status === "IN_REVIEW"
              ? `${application.reference} is in review: shortlist it before accepting it.`
              : `${application.reference} is ${application.status.toLowerCase().replace("_", " ")}: only a shortlisted application (or one in review, to reject) can be decided.`,
          );
        }
        await changeApplicationStatus(tx, {
          application,
          to: outcome,
          side: "OPERATOR",
          actorId: user.id,
          auditOrganisationId: organisation.id,
          request,
        });
        const now = new Date();
        const decision = await tx.decision.create({
          data: {
            organisationId: organisation.id,
            applicationId: application.id,
            outcome,
            rationale,
            feedbackToApplicant: feedbackToApplicant ?? null,
            decidedById: user.id,
            decidedAt: now,
            notifiedAt: now,
          },
          select: { id: true },
        });
        const recipients = await listApplicantMemberIds(tx, { applicationId: application.id });
        const startup = await tx.organisation.findUniqueOrThrow({
          where: { id: application.startupId },
          select: { slug: true },
        });
        const verdict = outcome === "ACCEPTED" ? "accepted" : "not accepted";
        await notify(tx, {
          organisationId: organisation.id,
          userIds: recipients,
          kind: "DECISION",
          title: `${application.reference}: ${verdict}`,
          body:
            feedbackToApplicant ??
            `${organisation.name} has decided on "${application.projectTitle}" (${application.call.title}): ${verdict}.`,
          link: `/${startup.slug}`,
        });
        await recordAuditEvent(tx, {
          organisationId: organisation.id,
          actorId: user.id,
          action: "application.decide",
          targetType: "Decision",
          targetId: decision.id,
          after: { applicationId, outcome, notified: recipients.length },
          ...request,
        });
        return { decisionId: decision.id, callId: application.callId, notified: recipients.length };
      });
      revalidatePath(`/${organisation.slug}/calls/${result.callId}/results`);
      return { applicationId, outcome, decisionId: result.decisionId, notified: result.notified };
    },
  );
