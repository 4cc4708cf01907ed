"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { db } from "@/lib/db";
import { replyClarificationProblem } from "@/lib/domain/clarifications";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { replyToClarificationSchema } from "@/lib/schemas/clarifications";

/**
 * The applicant answers the programme office's questions on their own application. The
 * officers who asked are notified (the start-up cannot list the operator's people, and they
 * are the ones waiting), in the same transaction as the reply and its audit event.
 */
export const replyToClarification = organisationAction
  .metadata({ name: "reply-to-clarification", permission: "application.reply_clarification" })
  .inputSchema(replyToClarificationSchema)
  .action(
    async ({ parsedInput: { applicationId, body }, ctx: { user, organisation, request } }) => {
      await db.$transaction(async (tx) => {
        const application = await tx.application.findFirst({
          where: { id: applicationId, startupId: organisation.id },
          select: {
            id: true,
            organisationId: true,
            callId: true,
            status: true,
            reference: true,
            projectTitle: true,
            organisation: { select: { slug: true } },
            messages: {
              orderBy: { createdAt: "asc" },
              select: {
                kind: true,
                authorId: true,
                author: { select: { deactivatedAt: true } },
              },
            },
          },
        });
        if (!application) {
          throw new AppError("NOT_FOUND", "That application does not exist.", {
            reason: `application ${applicationId} is not one of start-up ${organisation.id}'s`,
          });
        }
        const problem = replyClarificationProblem(
          application.status,
          application.messages.map((message) => message.kind),
        );
        if (problem) throw new AppError("CONFLICT", problem);
        const reply = await tx.applicationMessage.create({
          data: {
            // The operator's row (its tenant), written by the applicant as itself.
            organisationId: application.organisationId,
            applicationId: application.id,
            authorId: user.id,
            kind: "CLARIFICATION_REPLY",
            body,
          },
          select: { id: true },
        });
        const askers = application.messages
          .filter((message) => message.kind === "CLARIFICATION_REQUEST")
          .filter((message) => !message.author.deactivatedAt)
          .map((message) => message.authorId);
        const notified = await notify(tx, {
          organisationId: organisation.id,
          userIds: askers,
          kind: "CLARIFICATION",
          title: `${application.reference}: ${organisation.name} replied`,
          body: `A reply about "${application.projectTitle}" is on the application page.`,
          link: `/${application.organisation.slug}/calls/${application.callId}/applications/${application.id}#clarifications`,
        });
        await recordAuditEvent(tx, {
          organisationId: organisation.id,
          actorId: user.id,
          action: "application.reply_clarification",
          targetType: "ApplicationMessage",
          targetId: reply.id,
          after: { applicationId: application.id, length: body.length, notified },
          ...request,
        });
      });
      revalidatePath(`/${organisation.slug}/applications/${applicationId}`);
      return { applicationId };
    },
  );
