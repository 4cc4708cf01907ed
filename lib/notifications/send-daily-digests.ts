import { hongKongToday } from "@/lib/domain/dates";
import { renderDigestEmail } from "@/lib/email/digest-email";
import { emailLocaleOf } from "@/lib/email/messages";
import { logger } from "@/lib/logger";
import { groupByHongKongDay, hongKongDayKey, latestDigestTime } from "@/lib/notifications/digest";
import {
  describeFailure,
  nowOf,
  type EmailJobContext,
} from "@/lib/notifications/email-job-context";
import { MAX_EMAIL_ATTEMPTS } from "@/lib/notifications/deliver-immediate-emails";
import { resolveEmailFrequency } from "@/lib/notifications/preferences";

export type DigestReport = {
  /** Digest emails sent in this run. */
  sent: number;
  /** Users whose digest for today had already gone out (a second run, or another instance). */
  alreadySent: number;
  /** Users with nothing unread to list. */
  empty: number;
  /** Digests that could not be sent; a later run retries them. */
  failed: number;
};

type Outcome = keyof DigestReport;

/**
 * The daily digest: one email per user per Hong Kong day listing their unread notices queued
 * for the digest since the last one, up to 08:00 HKT. Idempotent: the digest row is unique per user and day and
 * is marked sent in the same transaction that marks its notices, so a second run, or a run on
 * another instance, sends nothing more that day; notices arriving later wait for tomorrow.
 */
export async function sendDailyDigests(context: EmailJobContext): Promise<DigestReport> {
  const now = nowOf(context);
  // The 08:00 HKT this run stands for; notices queued after it wait for the next digest.
  const cutoff = latestDigestTime(now);
  const digestDate = hongKongToday(cutoff);
  const day = hongKongDayKey(cutoff);
  // Queued notices not yet in a digest, and today's digests still unsent (an earlier failure).
  const recipients = await context.database.$queryRaw<{ userId: string }[]>`
    select distinct "userId" from "Notification"
    where "emailStatus" = 'DIGEST' and "createdAt" <= ${cutoff}
      and ("digestId" is null
        or "digestId" in (select id from "NotificationDigest" where "sentAt" is null))
    union
    select "userId" from "NotificationDigest"
    where "digestDate" = ${day}::date and "sentAt" is null and attempts < ${MAX_EMAIL_ATTEMPTS}
    order by 1`;
  const report: DigestReport = { sent: 0, alreadySent: 0, empty: 0, failed: 0 };
  for (const { userId } of recipients) {
    const outcome = await sendDigestTo(context, { userId, digestDate, day, cutoff, now });
    report[outcome]++;
  }
  return report;
}

type DigestTarget = { userId: string; digestDate: Date; day: string; cutoff: Date; now: Date };

async function sendDigestTo(context: EmailJobContext, target: DigestTarget): Promise<Outcome> {
  const digestId = await attachQueuedNotices(context, target);
  if (digestId === "alreadySent" || digestId === "empty") return digestId;
  return sendDigest(context, digestId, target);
}

/**
 * Short transaction: drops queued notices that no longer need an email (read, email now off
 * for the kind, account deactivated) and attaches the rest to today's digest row.
 */
async function attachQueuedNotices(
  context: EmailJobContext,
  { userId, digestDate, day, cutoff }: DigestTarget,
): Promise<string | "alreadySent" | "empty"> {
  return context.database.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { deactivatedAt: true },
    });
    const preferences = await tx.notificationPreference.findMany({
      where: { userId },
      select: { kind: true, email: true },
    });
    // An earlier day's digest that never went out: its notices join today's.
    await tx.notification.updateMany({
      where: {
        userId,
        emailStatus: "DIGEST",
        digest: { sentAt: null, digestDate: { lt: digestDate } },
      },
      data: { digestId: null },
    });
    await tx.notificationDigest.deleteMany({
      where: { userId, sentAt: null, digestDate: { lt: digestDate } },
    });
    const queued = await tx.notification.findMany({
      where: { userId, emailStatus: "DIGEST", digestId: null, createdAt: { lte: cutoff } },
      select: { id: true, kind: true, readAt: true },
    });
    const isSkipped = (notice: (typeof queued)[number]) =>
      Boolean(user.deactivatedAt || notice.readAt) ||
      resolveEmailFrequency(notice.kind, preferences) === "OFF";
    const skipped = queued.filter(isSkipped).map((notice) => notice.id);
    const included = queued.filter((notice) => !isSkipped(notice)).map((notice) => notice.id);
    if (skipped.length > 0) {
      await tx.notification.updateMany({
        where: { id: { in: skipped } },
        data: { emailStatus: "SKIPPED" },
      });
    }

    const existing = await tx.notificationDigest.findUnique({
      where: { userId_digestDate: { userId, digestDate } },
      select: { id: true, sentAt: true },
    });
    // Today's digest went out already: what arrived since waits for tomorrow's.
    if (existing?.sentAt) return "alreadySent";
    if (!existing && included.length === 0) return "empty";
    // ON CONFLICT: two instances preparing the same user's digest end up with one row.
    await tx.$executeRaw`
      insert into "NotificationDigest" (id, "userId", "digestDate", "createdAt", "updatedAt")
      values (${crypto.randomUUID()}, ${userId}, ${day}::date, now(), now())
      on conflict ("userId", "digestDate") do nothing`;
    // The lock waits for a digest being sent right now, so nothing is attached to it after
    // its list was read.
    const [digest] = await tx.$queryRaw<{ id: string; sentAt: Date | null }[]>`
      select id, "sentAt" from "NotificationDigest"
      where "userId" = ${userId} and "digestDate" = ${day}::date
      for update`;
    if (!digest) throw new Error(`digest row for ${userId} on ${day} vanished`);
    if (digest.sentAt) return "alreadySent";
    if (included.length > 0) {
      await tx.notification.updateMany({
        where: { id: { in: included }, digestId: null },
        data: { digestId: digest.id },
      });
    }
    return digest.id;
  });
}

/**
 * Sends one digest while holding a lock on its row only (never on the notices, so the user
 * can keep marking them read): a concurrent run for the same user waits, then finds it sent.
 */
async function sendDigest(
  context: EmailJobContext,
  digestId: string,
  { day, now }: DigestTarget,
): Promise<Outcome> {
  return context.database.$transaction(
    async (tx) => {
      const [locked] = await tx.$queryRaw<{ sentAt: Date | null; attempts: number }[]>`
        select "sentAt", attempts from "NotificationDigest" where id = ${digestId} for update`;
      if (!locked || locked.sentAt) return "alreadySent";
      const notices = await tx.notification.findMany({
        where: { digestId, emailStatus: "DIGEST" },
        select: {
          id: true,
          title: true,
          body: true,
          link: true,
          readAt: true,
          createdAt: true,
          organisation: { select: { name: true } },
          user: { select: { email: true, name: true, locale: true } },
        },
      });
      const unread = notices.filter((notice) => !notice.readAt);
      const readSince = notices.filter((notice) => notice.readAt).map((notice) => notice.id);
      if (readSince.length > 0) {
        await tx.notification.updateMany({
          where: { id: { in: readSince } },
          data: { emailStatus: "SKIPPED", digestId: null },
        });
      }
      const recipient = unread[0]?.user;
      if (!recipient) {
        await tx.notificationDigest.delete({ where: { id: digestId } });
        return "empty";
      }
      const content = renderDigestEmail({
        recipientName: recipient.name,
        digestDay: day,
        days: groupByHongKongDay(
          unread.map((notice) => ({
            title: notice.title,
            body: notice.body,
            link: notice.link,
            organisationName: notice.organisation?.name ?? null,
            createdAt: notice.createdAt,
          })),
        ),
        appUrl: context.appUrl,
        locale: emailLocaleOf(recipient.locale),
      });
      try {
        await context.transport.send({ to: recipient.email, ...content });
      } catch (error) {
        const attempts = locked.attempts + 1;
        await tx.notificationDigest.update({
          where: { id: digestId },
          data: { attempts, lastError: describeFailure(error) },
        });
        if (attempts >= MAX_EMAIL_ATTEMPTS) {
          await tx.notification.updateMany({
            where: { digestId, emailStatus: "DIGEST" },
            data: { emailStatus: "FAILED", emailLastError: describeFailure(error) },
          });
        }
        logger.error("digest email failed", { digestId, attempts, error: describeFailure(error) });
        return "failed";
      }
      await tx.notificationDigest.update({ where: { id: digestId }, data: { sentAt: now } });
      await tx.notification.updateMany({
        where: { id: { in: unread.map((notice) => notice.id) } },
        data: { emailStatus: "SENT", emailedAt: now },
      });
      return "sent";
    },
    // The transaction stays open while the mail server answers (its own timeouts are shorter).
    { maxWait: 10_000, timeout: 90_000 },
  );
}
