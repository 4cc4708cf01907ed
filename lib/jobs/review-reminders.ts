import { recordAuditEvent } from "@/lib/audit";
import { createPrismaClient, type Database } from "@/lib/db-client";
import {
  isReminderDue,
  REMINDER_INTERVAL_MS,
  REMINDER_LEAD_MS,
  reminderNotice,
} from "@/lib/domain/review-reminders";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";

// The job acts for no user and across every operator, which no tenant context of lib/db can
// express (with no tenant, row-level security shows nothing). Like the seed and scripts, it
// connects as the owner (DATABASE_URL), which row-level security does not bind, and it writes
// only what a reminder is: the assignment's remindedAt, the reviewer's notice and an audit
// event of the operator with no actor.
const globalForJobs = globalThis as unknown as {
  incubaseReviewRemindersDb?: { url: string | undefined; client: Database };
};

/** The owner's client, made once per process (and database URL) on first use. */
function ownerDb(): Database {
  const url = process.env.DATABASE_URL;
  const cached = globalForJobs.incubaseReviewRemindersDb;
  if (cached && cached.url === url) return cached.client;
  const client = createPrismaClient(url);
  globalForJobs.incubaseReviewRemindersDb = { url, client };
  return client;
}

/** Closes the job's connection pool (a worker shutting down, a test file ending). */
export async function disconnectReviewReminders(): Promise<void> {
  const cached = globalForJobs.incubaseReviewRemindersDb;
  globalForJobs.incubaseReviewRemindersDb = undefined;
  await cached?.client.$disconnect();
}

const OPERATOR_REVIEWER_ROLES: MembershipRole[] = [
  "PROGRAMME_OFFICER",
  "MENTOR",
  "EXTERNAL_REVIEWER",
];

type Candidate = {
  id: string;
  organisationId: string;
  reviewerId: string;
  status: string;
  dueAt: Date | null;
  remindedAt: Date | null;
  organisation: { name: string; slug: string };
  application: { reference: string; projectTitle: string; call: { programmeId: string } };
};

/**
 * The organisation whose review queue the reviewer opens this assignment from: the operator
 * (its officers, mentors and external reviewers), or a partner linked to the programme that
 * may review. Null when their membership has ended: nothing to remind them of.
 */
async function reviewerQueueSlug(db: Database, candidate: Candidate): Promise<string | null> {
  const own = await db.membership.findFirst({
    where: {
      organisationId: candidate.organisationId,
      userId: candidate.reviewerId,
      status: "ACTIVE",
      role: { in: OPERATOR_REVIEWER_ROLES },
    },
    select: { id: true },
  });
  if (own) return candidate.organisation.slug;
  const partner = await db.membership.findFirst({
    where: {
      userId: candidate.reviewerId,
      status: "ACTIVE",
      role: "PARTNER_MEMBER",
      organisation: {
        partnerProgrammes: {
          some: { programmeId: candidate.application.call.programmeId, canReviewShortlisted: true },
        },
      },
    },
    orderBy: { createdAt: "asc" },
    select: { organisation: { select: { slug: true } } },
  });
  return partner?.organisation.slug ?? null;
}

/**
 * Reminds every reviewer whose open review is due within 48 hours or overdue and who was not
 * reminded (by this job or an officer's "remind now") in the last 24 hours: an in-app notice
 * linking to the review, `remindedAt` set to `now`, an audit event. Idempotent: each reminder
 * claims its assignment with a conditional update on the `remindedAt` it read, so a second run
 * (or two at once) sends nothing more. Scheduled daily by the job queue.
 */
export async function sendReviewReminders(now: Date): Promise<{ reminded: number }> {
  const db = ownerDb();
  const candidates: Candidate[] = await db.reviewerAssignment.findMany({
    where: {
      status: "ASSIGNED",
      dueAt: { not: null, lte: new Date(now.getTime() + REMINDER_LEAD_MS) },
      OR: [
        { remindedAt: null },
        { remindedAt: { lte: new Date(now.getTime() - REMINDER_INTERVAL_MS) } },
      ],
      reviewer: { deactivatedAt: null },
      application: { status: { in: ["SCREENING", "IN_REVIEW", "SHORTLISTED"] } },
    },
    orderBy: { dueAt: "asc" },
    select: {
      id: true,
      organisationId: true,
      reviewerId: true,
      status: true,
      dueAt: true,
      remindedAt: true,
      organisation: { select: { name: true, slug: true } },
      application: {
        select: { reference: true, projectTitle: true, call: { select: { programmeId: true } } },
      },
    },
  });

  let reminded = 0;
  for (const candidate of candidates) {
    if (!candidate.dueAt || !isReminderDue(candidate, now)) continue;
    const slug = await reviewerQueueSlug(db, candidate);
    if (!slug) continue;
    const dueAt = candidate.dueAt;
    const isSent = await db.$transaction(async (tx) => {
      const claimed = await tx.reviewerAssignment.updateMany({
        where: { id: candidate.id, status: "ASSIGNED", remindedAt: candidate.remindedAt },
        data: { remindedAt: now },
      });
      if (claimed.count !== 1) return false;
      const notice = reminderNotice(
        {
          reference: candidate.application.reference,
          projectTitle: candidate.application.projectTitle,
          dueAt,
          operatorName: candidate.organisation.name,
        },
        now,
      );
      // notify() is typed for the client without `omit`; the rows it writes are the same.
      await notify(tx as unknown as Prisma.TransactionClient, {
        organisationId: candidate.organisationId,
        userIds: [candidate.reviewerId],
        kind: "REVIEW_ASSIGNED",
        ...notice,
        link: `/${slug}/reviews/${candidate.id}`,
      });
      await recordAuditEvent(tx, {
        organisationId: candidate.organisationId,
        actorId: null,
        action: "review.remind",
        targetType: "ReviewerAssignment",
        targetId: candidate.id,
        before: { remindedAt: candidate.remindedAt },
        after: { remindedAt: now, reviewerId: candidate.reviewerId, by: "daily job" },
      });
      return true;
    });
    if (isSent) reminded++;
  }
  return { reminded };
}
