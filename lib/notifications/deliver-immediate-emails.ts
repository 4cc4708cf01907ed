import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { emailLocaleOf } from "@/lib/email/messages";
import { renderNoticeEmail } from "@/lib/email/notice-email";
import { logger } from "@/lib/logger";
import {
  describeFailure,
  nowOf,
  type EmailJobContext,
} from "@/lib/notifications/email-job-context";
import { resolveEmailFrequency } from "@/lib/notifications/preferences";

/** Notices claimed per transaction; each is sent before the next batch is claimed. */
const BATCH_SIZE = 10;
/** One run handles at most this many batches, then leaves the rest to the next run. */
const MAX_BATCHES = 50;
/**
 * While a worker sends a claimed notice, no other worker takes it: long enough for a whole
 * batch at the SMTP timeouts (lib/email/transport.ts). A worker that dies mid-batch leaves
 * its notices to be picked up again when the lease ends.
 */
export const SEND_LEASE_MS = 10 * 60 * 1000;
/** After this many failed attempts a notice is marked FAILED and no longer retried. */
export const MAX_EMAIL_ATTEMPTS = 5;

/** Wait before the next attempt after `attempts` failures: 1 min, 5 min, 30 min, 2 h. */
export function retryDelayMs(attempts: number): number {
  const minutes = [1, 5, 30, 120];
  return (minutes[Math.min(attempts, minutes.length) - 1] ?? 1) * 60 * 1000;
}

type ClaimedNotice = {
  id: string;
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  readAt: Date | null;
  emailAttempts: number;
  email: string;
  name: string;
  locale: string;
  deactivatedAt: Date | null;
  organisationName: string | null;
};

export type DeliveryReport = {
  sent: number;
  queuedForDigest: number;
  skipped: number;
  retrying: number;
  failed: number;
};

/**
 * Works through the email outbox: every PENDING notice is sent now (recipient wants immediate
 * email for its kind), moved to the daily digest, or skipped (email off, account deactivated,
 * already read in the app). Safe to run on several instances at once: rows are claimed with
 * FOR UPDATE SKIP LOCKED and leased while being sent.
 */
export async function deliverImmediateEmails(context: EmailJobContext): Promise<DeliveryReport> {
  const report: DeliveryReport = {
    sent: 0,
    queuedForDigest: 0,
    skipped: 0,
    retrying: 0,
    failed: 0,
  };
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const { seen, toSend } = await claimBatch(context, report);
    for (const notice of toSend) await sendNotice(context, notice, report);
    if (seen < BATCH_SIZE) break;
  }
  return report;
}

async function claimBatch(context: EmailJobContext, report: DeliveryReport) {
  const now = nowOf(context);
  return context.database.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<ClaimedNotice[]>`
      select n.id, n."userId", n.kind::text as kind, n.title, n.body, n.link, n."readAt",
             n."emailAttempts", u.email, u.name, u.locale, u."deactivatedAt", o.name as "organisationName"
      from "Notification" n
      join "User" u on u.id = n."userId"
      left join "Organisation" o on o.id = n."organisationId"
      where n."emailStatus" = 'PENDING'
        and (n."emailNextAttemptAt" is null or n."emailNextAttemptAt" <= ${now})
      order by n."createdAt", n.id
      limit ${BATCH_SIZE}
      for update of n skip locked`;
    if (rows.length === 0) return { seen: 0, toSend: [] };

    const preferences = await tx.notificationPreference.findMany({
      where: { userId: { in: [...new Set(rows.map((row) => row.userId))] } },
      select: { userId: true, kind: true, email: true },
    });
    const skipped: string[] = [];
    const digest: string[] = [];
    const toSend: ClaimedNotice[] = [];
    for (const row of rows) {
      const own = preferences.filter((preference) => preference.userId === row.userId);
      const frequency = resolveEmailFrequency(row.kind, own);
      // Read in the app already, or nobody to tell: an email would only repeat it.
      if (row.deactivatedAt || row.readAt || frequency === "OFF") skipped.push(row.id);
      else if (frequency === "DAILY_DIGEST") digest.push(row.id);
      else toSend.push(row);
    }
    if (skipped.length > 0) {
      await tx.notification.updateMany({
        where: { id: { in: skipped } },
        data: { emailStatus: "SKIPPED", emailNextAttemptAt: null },
      });
    }
    if (digest.length > 0) {
      await tx.notification.updateMany({
        where: { id: { in: digest } },
        data: { emailStatus: "DIGEST", emailNextAttemptAt: null },
      });
    }
    if (toSend.length > 0) {
      await tx.notification.updateMany({
        where: { id: { in: toSend.map((row) => row.id) } },
        data: { emailNextAttemptAt: new Date(now.getTime() + SEND_LEASE_MS) },
      });
    }
    report.skipped += skipped.length;
    report.queuedForDigest += digest.length;
    return { seen: rows.length, toSend };
  });
}

async function sendNotice(
  context: EmailJobContext,
  notice: ClaimedNotice,
  report: DeliveryReport,
): Promise<void> {
  const content = renderNoticeEmail({
    recipientName: notice.name,
    notice,
    appUrl: context.appUrl,
    locale: emailLocaleOf(notice.locale),
  });
  const attempts = notice.emailAttempts + 1;
  try {
    await context.transport.send({ to: notice.email, ...content });
  } catch (error) {
    const isFinal = attempts >= MAX_EMAIL_ATTEMPTS;
    await context.database.notification.updateMany({
      where: { id: notice.id, emailStatus: "PENDING" },
      data: {
        emailAttempts: attempts,
        emailLastError: describeFailure(error),
        emailStatus: isFinal ? "FAILED" : "PENDING",
        emailNextAttemptAt: isFinal
          ? null
          : new Date(nowOf(context).getTime() + retryDelayMs(attempts)),
      },
    });
    logger.error("notification email failed", {
      notificationId: notice.id,
      attempts,
      willRetry: !isFinal,
      error: describeFailure(error),
    });
    if (isFinal) report.failed++;
    else report.retrying++;
    return;
  }
  await context.database.notification.updateMany({
    where: { id: notice.id, emailStatus: "PENDING" },
    data: {
      emailStatus: "SENT",
      emailedAt: nowOf(context),
      emailAttempts: attempts,
      emailNextAttemptAt: null,
      emailLastError: null,
    },
  });
  report.sent++;
}
