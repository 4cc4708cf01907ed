"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { findPartnerReviewers } from "@/lib/data/reviews/reviewer-pool";
import { db } from "@/lib/db";
import { formatHkDateTime } from "@/lib/domain/dates";
import { MANUAL_REMINDER_COOLDOWN_MS, reminderNotice } from "@/lib/domain/review-reminders";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import { remindReviewerSchema } from "@/lib/schemas/reviews";

/**
 * "Remind now": the officer nudges a reviewer whose review is still open, whatever the due
 * date. Sets remindedAt (so the daily job waits 24 hours before its own reminder) and refuses
 * within an hour of the last reminder, so a double click sends one notice.
 */
export const remindReviewer = organisationAction
  .metadata({ name: "remind-reviewer", permission: "review.assign" })
  .inputSchema(remindReviewerSchema)
  .action(async ({ parsedInput: { assignmentId }, ctx: { user, organisation, request } }) => {
    const now = new Date();
    const result = await db.$transaction(async (tx) => {
      const assignment = await tx.reviewerAssignment.findFirst({
        where: { id: assignmentId, organisationId: organisation.id },
        select: {
          id: true,
          status: true,
          dueAt: true,
          remindedAt: true,
          reviewerId: true,
          reviewer: { select: { name: true } },
          application: {
            select: {
              reference: true,
              projectTitle: true,
              callId: true,
              call: { select: { programmeId: true } },
            },
          },
        },
      });
      if (!assignment) throw new AppError("NOT_FOUND", "That review assignment does not exist.");
      if (assignment.status !== "ASSIGNED") {
        throw new AppError(
          "CONFLICT",
          `${assignment.reviewer.name} has no open review of ${assignment.application.reference} to be reminded of.`,
        );
      }
      if (
        assignment.remindedAt &&
        now.getTime() - assignment.remindedAt.getTime() < MANUAL_REMINDER_COOLDOWN_MS
      ) {
        throw new AppError(
          "CONFLICT",
          `${assignment.reviewer.name} was reminded at ${formatHkDateTime(assignment.remindedAt)}. Wait an hour before reminding again.`,
        );
      }
      const claimed = await tx.reviewerAssignment.updateMany({
        where: { id: assignment.id, status: "ASSIGNED", remindedAt: assignment.remindedAt },
        data: { remindedAt: now },
      });
      if (claimed.count !== 1) {
        throw new AppError("CONFLICT", "This reviewer was just reminded. Reload to see it.");
      }
      // A partner scientist opens the review from their partner's membership.
      const isOwnMember = await tx.membership.count({
        where: { organisationId: organisation.id, userId: assignment.reviewerId, status: "ACTIVE" },
      });
      const partner = isOwnMember
        ? undefined
        : (
            await findPartnerReviewers(tx, { programmeId: assignment.application.call.programmeId })
          ).find((candidate) => candidate.userId === assignment.reviewerId);
      const notice = assignment.dueAt
        ? reminderNotice(
            {
              reference: assignment.application.reference,
              projectTitle: assignment.application.projectTitle,
              dueAt: assignment.dueAt,
              operatorName: organisation.name,
            },
            now,
          )
        : {
            title: `Reminder: your review of ${assignment.application.reference}`,
            body: `${organisation.name} is waiting for your review of "${assignment.application.projectTitle}".`,
          };
      // notify() is typed for the client without `omit`; the rows it writes are the same.
      await notify(tx as unknown as Prisma.TransactionClient, {
        organisationId: organisation.id,
        userIds: [assignment.reviewerId],
        kind: "REVIEW_ASSIGNED",
        ...notice,
        link: `/${partner?.partnerSlug ?? organisation.slug}/reviews/${assignment.id}`,
      });
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: "review.remind",
        targetType: "ReviewerAssignment",
        targetId: assignment.id,
        before: { remindedAt: assignment.remindedAt },
        after: { remindedAt: now, reviewerId: assignment.reviewerId },
        ...request,
      });
      return { callId: assignment.application.callId };
    });
    revalidatePath(`/${organisation.slug}/calls/${result.callId}`, "layout");
    return { assignmentId, remindedAt: now.toISOString() };
  });
