import "server-only";
import { db } from "@/lib/db";
import { READ_TRANSACTION } from "@/lib/data/milestones/read-transaction";
import { addDays, hongKongToday } from "@/lib/domain/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActionItemOwnerSide, CoachingMode } from "@/lib/generated/prisma/enums";

export type MentorHomeData = Awaited<ReturnType<typeof getMentorHome>>;
export type MentorStartup = MentorHomeData["startups"][number];

/** A start-up not met for longer than this is flagged. */
export const STALE_SESSION_DAYS = 30;
/** Start-ups listed on the home (the mentoring page lists them all), neglected first. */
export const HOME_STARTUP_LIMIT = 50;
const LIST_LIMIT = 8;

type StartupRow = {
  assignmentId: string;
  enrolmentId: string;
  assignedSince: Date;
  name: string;
  nameZh: string | null;
  leadAsset: string | null;
  pipelineStage: string | null;
  programmeName: string;
  programmeNameZh: string | null;
  lastSessionAt: Date | null;
  nextSessionAt: Date | null;
  openActionItems: number;
  total: number;
};

type CountsRow = {
  sessionsToLog: number;
  upcomingSessions: number;
  openActionItems: number;
  reviews: number;
};
type SessionRow = {
  list: "TO_LOG" | "UPCOMING";
  id: string;
  enrolmentId: string;
  startsAt: Date;
  durationMinutes: number;
  mode: CoachingMode;
  startupName: string;
  startupNameZh: string | null;
};
type ActionItemRow = {
  id: string;
  description: string;
  ownerSide: ActionItemOwnerSide;
  dueOn: Date | null;
  ownerName: string | null;
  enrolmentId: string;
  startupName: string;
  startupNameZh: string | null;
};
type ReviewRow = {
  id: string;
  dueAt: Date | null;
  reference: string;
  projectTitle: string;
  callTitle: string;
  callTitleZh: string | null;
};

/**
 * The mentor's home, only the start-ups assigned to this mentor in this organisation (active
 * assignment): each with the date of the last session held (flagged after 30 days) and the next
 * one, sessions in the past still to be written up, open action items, upcoming sessions and
 * the reviews assigned to them. Aggregated in SQL; every list is bounded.
 */
export async function getMentorHome(
  organisationId: string,
  mentorId: string,
  now: Date = new Date(),
) {
  const today = hongKongToday(now);
  // The mentor's own sessions with start-ups still assigned to them (alias s).
  const ownSession = Prisma.sql`
    s."organisationId" = ${organisationId} and s."mentorId" = ${mentorId}
    and exists (
      select 1 from "MentorAssignment" a
      where a."enrolmentId" = s."enrolmentId" and a."organisationId" = ${organisationId}
        and a."mentorId" = ${mentorId} and a.status = 'ACTIVE'
    )`;

  return db.$transaction(async (tx) => {
    const startups = await tx.$queryRaw<StartupRow[]>`
      select a.id as "assignmentId", e.id as "enrolmentId", a."startsOn" as "assignedSince",
        o.name, o."nameZh", sp."leadAsset", sp."pipelineStage",
        p.name as "programmeName", p."nameZh" as "programmeNameZh",
        (select max(s."startsAt") from "CoachingSession" s
          where s."enrolmentId" = e.id and s."mentorId" = ${mentorId}
            and s."organisationId" = ${organisationId}
            and s.status in ('LOGGED', 'CONFIRMED') and s."startsAt" <= ${now}) as "lastSessionAt",
        (select min(s."startsAt") from "CoachingSession" s
          where s."enrolmentId" = e.id and s."mentorId" = ${mentorId}
            and s."organisationId" = ${organisationId}
            and s.status = 'SCHEDULED' and s."startsAt" > ${now}) as "nextSessionAt",
        (select count(*)::int from "ActionItem" i
          join "CoachingSession" s on s.id = i."coachingSessionId"
          where s."enrolmentId" = e.id and s."mentorId" = ${mentorId}
            and s."organisationId" = ${organisationId}
            and s.status <> 'CANCELLED' and i.status = 'OPEN') as "openActionItems",
        count(*) over ()::int as total
      from "MentorAssignment" a
      join "Enrolment" e on e.id = a."enrolmentId"
      join "Organisation" o on o.id = e."startupId"
      join "Programme" p on p.id = e."programmeId"
      left join "StartupProfile" sp on sp."organisationId" = e."startupId"
      where a."organisationId" = ${organisationId} and a."mentorId" = ${mentorId}
        and a.status = 'ACTIVE'
      order by "lastSessionAt" asc nulls first, o.name, a.id
      limit ${HOME_STARTUP_LIMIT}`;

    const [counts] = await tx.$queryRaw<CountsRow[]>`
      select
        (select count(*)::int from "CoachingSession" s
          where ${ownSession} and s.status = 'SCHEDULED' and s."startsAt" < ${now}) as "sessionsToLog",
        (select count(*)::int from "CoachingSession" s
          where ${ownSession} and s.status = 'SCHEDULED' and s."startsAt" >= ${now}) as "upcomingSessions",
        (select count(*)::int from "ActionItem" i join "CoachingSession" s on s.id = i."coachingSessionId"
          where ${ownSession} and s.status <> 'CANCELLED' and i."organisationId" = ${organisationId}
            and i.status = 'OPEN') as "openActionItems",
        (select count(*)::int from "ReviewerAssignment" r
          where r."organisationId" = ${organisationId} and r."reviewerId" = ${mentorId}
            and r.status = 'ASSIGNED') as reviews`;

    const sessions = await tx.$queryRaw<SessionRow[]>`
      (select 'TO_LOG' as list, s.id, s."enrolmentId", s."startsAt", s."durationMinutes", s.mode,
          o.name as "startupName", o."nameZh" as "startupNameZh"
        from "CoachingSession" s
        join "Enrolment" e on e.id = s."enrolmentId"
        join "Organisation" o on o.id = e."startupId"
        where ${ownSession} and s.status = 'SCHEDULED' and s."startsAt" < ${now}
        order by s."startsAt", s.id limit ${LIST_LIMIT})
      union all
      (select 'UPCOMING', s.id, s."enrolmentId", s."startsAt", s."durationMinutes", s.mode,
          o.name, o."nameZh"
        from "CoachingSession" s
        join "Enrolment" e on e.id = s."enrolmentId"
        join "Organisation" o on o.id = e."startupId"
        where ${ownSession} and s.status = 'SCHEDULED' and s."startsAt" >= ${now}
        order by s."startsAt", s.id limit ${LIST_LIMIT})`;

    const actionItems = await tx.$queryRaw<ActionItemRow[]>`
      select i.id, i.description, i."ownerSide", i."dueOn", u.name as "ownerName",
        s."enrolmentId", o.name as "startupName", o."nameZh" as "startupNameZh"
      from "ActionItem" i
      join "CoachingSession" s on s.id = i."coachingSessionId"
      join "Enrolment" e on e.id = s."enrolmentId"
      join "Organisation" o on o.id = e."startupId"
      left join "User" u on u.id = i."ownerId"
      where ${ownSession} and s.status <> 'CANCELLED' and i."organisationId" = ${organisationId}
        and i.status = 'OPEN'
      order by i."dueOn" asc nulls last, i."createdAt", i.id
      limit ${LIST_LIMIT}`;

    const reviews = await tx.$queryRaw<ReviewRow[]>`
      select r.id, r."dueAt", a.reference, a."projectTitle",
        c.title as "callTitle", c."titleZh" as "callTitleZh"
      from "ReviewerAssignment" r
      join "Application" a on a.id = r."applicationId"
      join "Call" c on c.id = a."callId"
      where r."organisationId" = ${organisationId} and r."reviewerId" = ${mentorId}
        and r.status = 'ASSIGNED'
      order by r."dueAt" asc nulls last, r."createdAt", r.id
      limit ${LIST_LIMIT}`;

    const staleBefore = addDays(today, -STALE_SESSION_DAYS);
    return {
      today,
      startups: startups.map((row) => ({
        assignmentId: row.assignmentId,
        enrolmentId: row.enrolmentId,
        assignedSince: row.assignedSince,
        name: row.name,
        nameZh: row.nameZh,
        leadAsset: row.leadAsset,
        pipelineStage: row.pipelineStage,
        programmeName: row.programmeName,
        programmeNameZh: row.programmeNameZh,
        lastSessionAt: row.lastSessionAt,
        nextSessionAt: row.nextSessionAt,
        openActionItems: row.openActionItems,
        // Never met, or last met more than 30 days ago (Hong Kong calendar).
        isStale: row.lastSessionAt === null || hongKongToday(row.lastSessionAt) < staleBefore,
      })),
      startupCount: startups[0]?.total ?? 0,
      sessionsToLog: sessions.filter((session) => session.list === "TO_LOG"),
      sessionsToLogCount: counts?.sessionsToLog ?? 0,
      upcomingSessions: sessions.filter((session) => session.list === "UPCOMING"),
      upcomingSessionCount: counts?.upcomingSessions ?? 0,
      actionItems,
      openActionItemCount: counts?.openActionItems ?? 0,
      reviews,
      reviewCount: counts?.reviews ?? 0,
    };
  }, READ_TRANSACTION);
}
