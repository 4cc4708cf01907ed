"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { listEnrolmentMemberIds } from "@/lib/data/cohort/lookups";
import type { Transaction } from "@/lib/data/cohort/transaction";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import { completeActionItemSchema } from "@/lib/schemas/coaching";

/**
 * Ticks an action item off (or reopens it). Each side ticks its own: a start-up member the
 * start-up's items under its enrolments; a mentor the mentor's items of their own sessions
 * with a start-up still assigned to them. The other side is told when an item is done.
 */
export const completeActionItem = organisationAction
  .metadata({ name: "complete-action-item", permission: "action_item.complete" })
  .inputSchema(completeActionItemSchema)
  .action(
    async ({
      parsedInput: { actionItemId, isDone },
      ctx: { user, membership, organisation, request },
    }) => {
      const isStartup = membership.role === "STARTUP_MEMBER";
      const scope: Prisma.ActionItemWhereInput = isStartup
        ? { ownerSide: "STARTUP", coachingSession: { enrolment: { startupId: organisation.id } } }
        : {
            organisationId: organisation.id,
            ownerSide: "MENTOR",
            coachingSession: {
              organisationId: organisation.id,
              mentorId: user.id,
              enrolment: {
                mentorAssignments: {
                  some: { organisationId: organisation.id, mentorId: user.id, status: "ACTIVE" },
                },
              },
            },
          };
      await db.$transaction(async (tx) => {
        const item = await tx.actionItem.findFirst({
          where: { AND: [{ id: actionItemId }, scope] },
          select: {
            id: true,
            status: true,
            description: true,
            coachingSession: {
              select: {
                status: true,
                mentorId: true,
                enrolmentId: true,
                enrolment: {
                  select: {
                    organisation: { select: { slug: true } },
                    startup: { select: { slug: true } },
                  },
                },
              },
            },
          },
        });
        if (!item) throw new AppError("NOT_FOUND", "That action item does not exist.");
        if (item.coachingSession.status === "CANCELLED") {
          throw new AppError(
            "CONFLICT",
            "That session was cancelled; its action items are closed.",
          );
        }
        if (item.status === "DROPPED") {
          throw new AppError("CONFLICT", "That action item was dropped.");
        }
        const to = isDone ? "DONE" : "OPEN";
        if (item.status === to) return;
        const now = new Date();
        await tx.actionItem.update({
          where: { id: item.id },
          data: { status: to, completedAt: isDone ? now : null },
          select: { id: true },
        });
        await recordAuditEvent(tx, {
          organisationId: organisation.id,
          actorId: user.id,
          action: isDone ? "action_item.complete" : "action_item.reopen",
          targetType: "ActionItem",
          targetId: item.id,
          before: { status: item.status },
          after: { status: to },
          ...request,
        });
        if (isDone) await tellOtherSide(tx, { item, isStartup, organisation, userName: user.name });
      });
      revalidatePath(`/${organisation.slug}/${isStartup ? "coaching" : "mentoring"}`);
      return { actionItemId, status: isDone ? ("DONE" as const) : ("OPEN" as const) };
    },
  );

async function tellOtherSide(
  tx: Transaction & Prisma.TransactionClient,
  {
    item,
    isStartup,
    organisation,
    userName,
  }: {
    item: {
      description: string;
      coachingSession: {
        mentorId: string;
        enrolmentId: string;
        enrolment: { organisation: { slug: string }; startup: { slug: string } };
      };
    };
    isStartup: boolean;
    organisation: { id: string; name: string };
    userName: string;
  },
): Promise<void> {
  const session = item.coachingSession;
  const what =
    item.description.length > 80 ? `${item.description.slice(0, 79)}…` : item.description;
  await notify(tx, {
    organisationId: organisation.id,
    userIds: isStartup
      ? [session.mentorId]
      : await listEnrolmentMemberIds(tx, { enrolmentId: session.enrolmentId }),
    kind: "COACHING",
    title: `Done: ${what}`,
    body: `${userName} (${organisation.name}) ticked off an action item.`,
    link: isStartup
      ? `/${session.enrolment.organisation.slug}/mentoring/${session.enrolmentId}`
      : `/${session.enrolment.startup.slug}/coaching`,
  });
}
