import { HONG_KONG_TIME_ZONE } from "@/lib/domain/dates";
import { sendMilestoneReminders } from "@/lib/jobs/milestone-reminders";
import { sendReviewReminders } from "@/lib/jobs/review-reminders";
import { deliverImmediateEmails } from "@/lib/notifications/deliver-immediate-emails";
import type { EmailJobContext } from "@/lib/notifications/email-job-context";
import { sendDailyDigests } from "@/lib/notifications/send-daily-digests";

export type JobContext = EmailJobContext;

/** One kind of background job: its pg-boss queue, when it runs, and what it does. */
export type JobDefinition = {
  /** The pg-boss queue (letters, digits, hyphens). */
  queue: string;
  description: string;
  /** Cron in Hong Kong time, or none for jobs that are only sent. */
  cron?: string;
  /** pg-boss retries a run that throws, with exponential backoff from this delay. */
  retryLimit: number;
  retryDelaySeconds: number;
  /** A run still active after this is failed (and retried): the instance probably died. */
  expireInSeconds: number;
  run: (context: JobContext) => Promise<unknown>;
};

export const SCHEDULE_TIME_ZONE = HONG_KONG_TIME_ZONE;

export const DELIVER_EMAILS_JOB: JobDefinition = {
  queue: "notifications-deliver-emails",
  description:
    "Sends immediate notification emails and sorts the rest of the outbox; woken by notify() on commit, swept every minute.",
  cron: "* * * * *",
  retryLimit: 2,
  retryDelaySeconds: 30,
  expireInSeconds: 15 * 60,
  run: (context) => deliverImmediateEmails(context),
};

export const DAILY_DIGEST_JOB: JobDefinition = {
  queue: "notifications-daily-digest",
  description: "One email per user listing the unread notices queued for the digest.",
  cron: "0 8 * * *",
  retryLimit: 4,
  retryDelaySeconds: 5 * 60,
  expireInSeconds: 60 * 60,
  run: async (context) => {
    // Deliver first: a notice still PENDING may belong in this morning's digest.
    await deliverImmediateEmails(context);
    const report = await sendDailyDigests(context);
    // Throwing makes pg-boss retry later; digests already sent are not sent again.
    if (report.failed > 0) throw new Error(`${report.failed} digest email(s) failed`);
    return report;
  },
};

export const REVIEW_REMINDERS_JOB: JobDefinition = {
  queue: "reviews-reminders",
  description: "Reminds reviewers of reviews due within 48 hours or overdue.",
  cron: "0 9 * * *",
  retryLimit: 2,
  retryDelaySeconds: 10 * 60,
  expireInSeconds: 30 * 60,
  run: (context) => sendReviewReminders(context.now?.() ?? new Date()),
};

export const MILESTONE_REMINDERS_JOB: JobDefinition = {
  queue: "milestones-reminders",
  description:
    "Reminds start-ups of milestones due in two weeks, one week or tomorrow, weekly while overdue, and officers of evidence waiting past its date.",
  cron: "30 8 * * *",
  retryLimit: 2,
  retryDelaySeconds: 10 * 60,
  expireInSeconds: 30 * 60,
  run: (context) => sendMilestoneReminders(context.now?.() ?? new Date()),
};

/** Every background job the worker runs; each cron job is scheduled once for all instances. */
export const JOBS: readonly JobDefinition[] = [
  DELIVER_EMAILS_JOB,
  DAILY_DIGEST_JOB,
  REVIEW_REMINDERS_JOB,
  MILESTONE_REMINDERS_JOB,
];
