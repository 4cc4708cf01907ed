import "server-only";
import { db } from "@/lib/db";
import { addDays, hongKongToday } from "@/lib/domain/dates";
import { closedMilestoneStatuses } from "@/lib/domain/milestone-categories";
import { Prisma } from "@/lib/generated/prisma/client";

/** Open milestones due within this many days count as "due soon". */
export const DUE_SOON_DAYS = 30;
/** A start-up with no held coaching session for this many days is flagged. */
export const QUIET_AFTER_DAYS = 30;
/** The coaching list shows only the start-ups most in need, never the whole cohort. */
export const COACHING_LIST_LIMIT = 10;

const DAY_MS = 86_400_000;

/** Sessions that took place (logged by the mentor, or also confirmed by the start-up). */
export const HELD_SESSION_STATUSES = ["LOGGED", "CONFIRMED"] as const;

/** The instant the current Hong Kong calendar quarter began (midnight HKT; always UTC+8). */
export function startOfHongKongQuarter(now: Date = new Date()): Date {
  const today = hongKongToday(now);
  const quarterMonth = Math.floor(today.getUTCMonth() / 3) * 3;
  return new Date(Date.UTC(today.getUTCFullYear(), quarterMonth, 1) - 8 * 3_600_000);
}

export type MilestoneHealth = {
  /** Open milestones (not achieved or missed) of active enrolments. */
  open: number;
  overdue: number;
  dueSoon: number;
  /** Open, due after the due-soon window. */
  onTrack: number;
  /** Evidence submitted, waiting for the officer's assessment. */
  evidenceWaiting: number;
  dueSoonDays: number;
};

export type CoachingTotals = {
  activeStartups: number;
  /** Held sessions (logged or confirmed) since the Hong Kong calendar quarter began. */
  sessionsThisQuarter: number;
  /** Active enrolments with no held session in the last QUIET_AFTER_DAYS days (or none ever). */
  quietStartups: number;
  quarterStart: Date;
  quietAfterDays: number;
};

export type CoachingNeed = {
  enrolmentId: string;
  startupName: string;
  startupNameZh: string | null;
  programmeName: string;
  programmeNameZh: string | null;
  lastSessionAt: Date | null;
  sessionsThisQuarter: number;
  isQuiet: boolean;
};

const held = Prisma.join(HELD_SESSION_STATUSES.map((status) => Prisma.sql`${status}`));
const closed = Prisma.join(closedMilestoneStatuses.map((status) => Prisma.sql`${status}`));

const isoDay = (day: Date) => day.toISOString().slice(0, 10);

function programmeFilter(programmeId: string | undefined) {
  return programmeId ? Prisma.sql`and e."programmeId" = ${programmeId}` : Prisma.empty;
}

/**
 * Milestone health of the active cohort in one aggregate query: overdue (due before today in
 * Hong Kong), due soon (today to today + 30 days), on track (later), evidence waiting.
 */
export async function getMilestoneHealth(
  organisationId: string,
  now: Date = new Date(),
  programmeId?: string,
): Promise<MilestoneHealth> {
  // Calendar dates as text, so the comparison with the `date` column ignores the session zone.
  const today = isoDay(hongKongToday(now));
  const dueSoonLimit = isoDay(addDays(hongKongToday(now), DUE_SOON_DAYS));
  const [row] = await db.$queryRaw<Omit<MilestoneHealth, "dueSoonDays">[]>`
    select count(*)::int as open,
      (count(*) filter (where m."dueOn" < ${today}::date))::int as overdue,
      (count(*) filter (where m."dueOn" >= ${today}::date and m."dueOn" <= ${dueSoonLimit}::date))::int as "dueSoon",
      (count(*) filter (where m."dueOn" > ${dueSoonLimit}::date))::int as "onTrack",
      (count(*) filter (where m.status = 'SUBMITTED'))::int as "evidenceWaiting"
    from "Milestone" m
    join "Enrolment" e on e.id = m."enrolmentId" and e."organisationId" = ${organisationId}
      and e.status = 'ACTIVE'
    where m."organisationId" = ${organisationId} and m.status::text not in (${closed})
      ${programmeFilter(programmeId)}`;
  return {
    open: row?.open ?? 0,
    overdue: row?.overdue ?? 0,
    dueSoon: row?.dueSoon ?? 0,
    onTrack: row?.onTrack ?? 0,
    evidenceWaiting: row?.evidenceWaiting ?? 0,
    dueSoonDays: DUE_SOON_DAYS,
  };
}

/**
 * Coaching activity of the active cohort: totals, and the start-ups most in need (longest
 * since their last held session, never-coached first). Two queries whatever the cohort size:
 * the last session of each enrolment is one index probe on (enrolmentId, startsAt).
 */
export async function getCoachingActivity(
  organisationId: string,
  now: Date = new Date(),
  { programmeId, limit = COACHING_LIST_LIMIT }: { programmeId?: string; limit?: number } = {},
): Promise<{ totals: CoachingTotals; neediest: CoachingNeed[] }> {
  const quarterStart = startOfHongKongQuarter(now);
  const quietSince = new Date(now.getTime() - QUIET_AFTER_DAYS * DAY_MS);
  const onlyProgramme = programmeFilter(programmeId);
  const activity = Prisma.sql`
    select e.id as "enrolmentId", e."startupId", e."programmeId",
      (select max(s."startsAt") from "CoachingSession" s
        where s."enrolmentId" = e.id and s."organisationId" = ${organisationId}
          and s.status::text in (${held}) and s."startsAt" <= ${now}) as "lastSessionAt",
      (select count(*) from "CoachingSession" s
        where s."enrolmentId" = e.id and s."organisationId" = ${organisationId}
          and s.status::text in (${held}) and s."startsAt" >= ${quarterStart}
          and s."startsAt" <= ${now})::int as "sessionsThisQuarter"
    from "Enrolment" e
    where e."organisationId" = ${organisationId} and e.status = 'ACTIVE' ${onlyProgramme}`;
  const [totalsRows, neediest] = await Promise.all([
    db.$queryRaw<Omit<CoachingTotals, "quarterStart" | "quietAfterDays">[]>`
      with activity as (${activity})
      select count(*)::int as "activeStartups",
        coalesce(sum("sessionsThisQuarter"), 0)::int as "sessionsThisQuarter",
        (count(*) filter (where "lastSessionAt" is null or "lastSessionAt" < ${quietSince}))::int
          as "quietStartups"
      from activity`,
    db.$queryRaw<Omit<CoachingNeed, "isQuiet">[]>`
      with activity as (${activity})
      select a."enrolmentId", o.name as "startupName", o."nameZh" as "startupNameZh",
        p.name as "programmeName", p."nameZh" as "programmeNameZh",
        a."lastSessionAt", a."sessionsThisQuarter"
      from activity a
      join "Organisation" o on o.id = a."startupId"
      join "Programme" p on p.id = a."programmeId"
      order by a."lastSessionAt" asc nulls first, a."enrolmentId"
      limit ${limit}`,
  ]);
  const totals = totalsRows[0];
  return {
    totals: {
      activeStartups: totals?.activeStartups ?? 0,
      sessionsThisQuarter: totals?.sessionsThisQuarter ?? 0,
      quietStartups: totals?.quietStartups ?? 0,
      quarterStart,
      quietAfterDays: QUIET_AFTER_DAYS,
    },
    neediest: neediest.map((row) => ({
      ...row,
      isQuiet: row.lastSessionAt === null || row.lastSessionAt < quietSince,
    })),
  };
}
