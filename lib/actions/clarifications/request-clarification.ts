"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { listApplicantMemberIds } from "@/lib/data/applications/list-applicant-member-ids";
import { getOperatorApplicationOrThrow } from "@/lib/data/reviews/lookups";
import { db } from "@/lib/db";
import { requestClarificationProblem } from "@/lib/domain/clarifications";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { requestClarificationSchema } from "@/lib/schemas/clarifications";

/**
 * A programme officer asks the applicant a question about a submitted application. The status
 * does not change (the machine has no clarification state); every active member of the
 * applicant start-up is notified, in the same transaction as the message and its audit event.
 */
export const requestClarification = organisationAction
  .metadata({ name: "request-clarification", permission: "application.request_clarification" })
  .inputSchema(requestClarificationSchema)
  .action(
    async ({ parsedInput: { applicationId, body }, ctx: { user, organisation, request } }) => {
      const result = await db.$transaction(async (tx) => {
        const application = await getOperatorApplicationOrThrow(tx, {
          organisationId: organisation.id,
          applicationId,
        });
        const problem = requestClarificationProblem(application.status);
        if (problem) throw new AppError("CONFLICT", problem);
        const message = await tx.applicationMessage.create({
          data: {
            organisationId: organisation.id,
            applicationId: application.id,
            authorId: user.id,
            kind: "CLARIFICATION_REQUEST",
            body,
          },
          select: { id: true },
        });
        const recipients = await listApplicantMemberIds(tx, { applicationId: application.id });
        const startup = await tx.organisation.findUniqueOrThrow({
          where: { id: application.startupId },
          select: { slug: true },
        });
        const notified = await notify(tx, {
          organisationId: organisation.id,
          userIds: recipients,
          kind: "CLARIFICATION",
          title: `${application.reference}: ${organisation.name} has a question`,
          body: `About "${application.projectTitle}" (${application.call.title}). Reply on the application page.`,
          link: `/${startup.slug}/applications/${application.id}#clarifications`,
        });
        // The question itself can quote unpublished science: the trail keeps who, when and length.
        await recordAuditEvent(tx, {
          organisationId: organisation.id,
          actorId: user.id,
          action: "application.request_clarification",
          targetType: "ApplicationMessage",
          targetId: message.id,
          after: { applicationId: application.id, length: body.length, notified },
          ...request,
        });
        return { messageId: message.id, callId: application.callId, notified };
      });
      revalidatePath(`/${organisation.slug}/calls/${result.callId}/applications/${applicationId}`);
      return { applicationId, messageId: result.messageId, notified: result.notified };
    },
  );
