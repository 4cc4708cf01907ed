/**
 * The daily milestone reminder run (scheduled with pg-boss elsewhere). It runs as the system,
 * not as a user, across every operator: with no tenant the app's client (lib/db.ts, the
 * `incubase_app` role under row-level security) sees no tenant rows at all, and setting a
 * tenant would mean pretending to be some member of each operator. So this job connects as the
 * owner (`DATABASE_URL`, via createPrismaClient, as the seed and scripts do), which row-level
 * security does not bind, and keeps itself to what it must do: read open milestones, stamp
 * `remindedAt`, write notices and one audit event per reminder with no actor.
 *
 * Idempotent: a milestone is claimed by a conditional UPDATE of `remindedAt` (not yet reminded
 * today, Hong Kong time) before its notices are written in the same transaction, so a second
 * run the same day, or two runs at once, remind nobody twice. Which milestones are due a
 * reminder is the pure rule isReminderDue (lib/domain/milestone-overdue.ts): on entering two
 * weeks, one week and the last day before the due date, then weekly while overdue.
 */
import { recordAuditEvent } from "@/lib/audit";
import { createPrismaClient, type Database } from "@/lib/db-client";
import { addDays, formatHkDate, hongKongToday } from "@/lib/domain/dates";
import { describeDueIn, DUE_SOON_DAYS, isReminderDue } from "@/lib/domain/milestone-overdue";
import { milestonePath } from "@/lib/domain/milestone-paths";
import { notify } from "@/lib/notifications/notify";

const HONG_KONG_OFFSET_MS = 8 * 60 * 60 * 1000;

const globalForJobs = globalThis as unknown as {
  incubaseSystemDb?: { url: string | undefined; client: Database };
};

/** The owner's client, made once per process (and database URL) on first use. */
function systemDb(): Database {
  const url = process.env.DATABASE_URL;
  const cached = globalForJobs.incubaseSystemDb;
  if (cached && cached.url === url) return cached.client;
  const client = createPrismaClient(url);
  globalForJobs.incubaseSystemDb = { url, client };
  return client;
}

/** Reminds the start-up (or, for evidence waiting, the officers) about milestones due soon or overdue. */
export async function sendMilestoneReminders(now: Date): Promise<{ reminded: number }> {
  const db = systemDb();
  const today = hongKongToday(now);
  // Midnight in Hong Kong as an instant: reminded before it means "not yet today".
  const startOfToday = new Date(today.getTime() - HONG_KONG_OFFSET_MS);
  const notRemindedToday = [{ remindedAt: null }, { remindedAt: { lt: startOfToday } }];
  const candidates = await db.milestone.findMany({
    where: {
      status: { in: ["PLANNED", "IN_PROGRESS", "DELAYED", "SUBMITTED"] },
      dueOn: { lte: addDays(today, DUE_SOON_DAYS) },
      enrolment: { status: "ACTIVE" },
      OR: notRemindedToday,
    },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      organisationId: true,
      enrolmentId: true,
      title: true,
      status: true,
      dueOn: true,
      remindedAt: true,
      enrolment: {
        select: {
          startupId: true,
          programme: { select: { name: true } },
          startup: { select: { slug: true, name: true } },
          organisation: { select: { slug: true } },
        },
      },
    },
  });

  let reminded = 0;
  for (const milestone of candidates.filter((candidate) => isReminderDue(candidate, now))) {
    const didRemind = await db.$transaction(async (tx) => {
      const claimed = await tx.milestone.updateMany({
        where: { id: milestone.id, status: milestone.status, OR: notRemindedToday },
        data: { remindedAt: now },
      });
      if (claimed.count !== 1) return false;
      const { enrolment } = milestone;
      const isWaitingForOfficer = milestone.status === "SUBMITTED";
      const recipients = await tx.membership.findMany({
        where: {
          ...(isWaitingForOfficer
            ? { organisationId: milestone.organisationId, role: "PROGRAMME_OFFICER" as const }
            : { organisationId: enrolment.startupId, role: "STARTUP_MEMBER" as const }),
          status: "ACTIVE",
          user: { deactivatedAt: null },
        },
        select: { userId: true },
      });
      const dueIn = describeDueIn(milestone.dueOn, now);
      const dueDate = formatHkDate(milestone.dueOn);
      const sent = await notify(tx, {
        organisationId: milestone.organisationId,
        userIds: recipients.map((recipient) => recipient.userId),
        kind: "MILESTONE",
        title: isWaitingForOfficer
          ? `Evidence waiting: ${milestone.title}`
          : `${dueIn}: ${milestone.title}`,
        body: isWaitingForOfficer
          ? `${enrolment.startup.name} submitted evidence for "${milestone.title}" (${enrolment.programme.name}), due ${dueDate}. It is waiting for your assessment.`
          : `"${milestone.title}" (${enrolment.programme.name}) is due on ${dueDate}. Submit your evidence, or mark it delayed with a revised date.`,
        link: milestonePath(
          isWaitingForOfficer ? enrolment.organisation.slug : enrolment.startup.slug,
          milestone.enrolmentId,
          milestone.id,
        ),
      });
      await recordAuditEvent(tx, {
        organisationId: milestone.organisationId,
        actorId: null,
        action: "milestone.remind",
        targetType: "Milestone",
        targetId: milestone.id,
        after: { dueOn: milestone.dueOn, status: milestone.status, notified: sent },
      });
      return sent > 0;
    });
    if (didRemind) reminded += 1;
  }
  return { reminded };
}
