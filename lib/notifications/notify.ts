import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { EMAIL_OUTBOX_CHANNEL } from "@/lib/notifications/outbox-channel";

export type NotifyInput = {
  /** The organisation the notice is sent from: the actor's active organisation (RLS checks it). */
  organisationId: string;
  /** Recipients; duplicates are dropped. */
  userIds: readonly string[];
  kind: NotificationKind;
  title: string;
  /** Shown in the app and, by the recipient's preference, in an email: no confidential detail. */
  body: string;
  /** In-app path the notice opens, e.g. `/hkstp/applications/…`. */
  link?: string | null;
};

/**
 * Sends in-app notices inside the caller's transaction, so a notice exists exactly when the
 * change it announces does, and queues their email in the same transaction: each notice
 * enters the outbox as PENDING, and the email worker (lib/jobs) later sends it at once, adds
 * it to the recipient's daily digest or drops it, by the recipient's preferences
 * (docs/decisions/0005-notifications.md). No email is sent here, so a slow mail server never
 * slows a request. createMany: the sender may notify other people but cannot read their rows
 * back (row-level security shows each user only their own notices).
 */
export async function notify(tx: Prisma.TransactionClient, input: NotifyInput): Promise<number> {
  const userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: userIds.map((userId) => ({
      userId,
      organisationId: input.organisationId,
      kind: input.kind,
      title: input.title,
      body: input.body,
      link: input.link ?? null,
      emailStatus: "PENDING" as const,
    })),
  });
  // Delivered to the listening worker on commit, dropped on rollback.
  await tx.$executeRaw`select pg_notify(${EMAIL_OUTBOX_CHANNEL}, '')`;
  return count;
}
