import "server-only";
import { HELD_SESSION_STATUSES } from "@/lib/data/cohort/cohort-facts";
import { db } from "@/lib/db";
import { hongKongToday } from "@/lib/domain/dates";
import { cursorDate, decodeCursor, PAGE_SIZE, takePage } from "@/lib/pagination/cursor";
import type { Prisma } from "@/lib/generated/prisma/client";

/** How many rows each side list of the desk shows (its total is counted beside it). */
export const DESK_LIST_SIZE = 10;

/** Assignments after the cursor `[startsOn, id]` (oldest first); malformed: the first page. */
function assignmentsAfter(cursor: string | undefined): Prisma.MentorAssignmentWhereInput {
  const [startsOn, id] = decodeCursor(cursor, 2) ?? [];
  const date = cursorDate(startsOn);
  if (!date || typeof id !== "string") return {};
  return { OR: [{ startsOn: { gt: date } }, { startsOn: date, id: { gt: id } }] };
}

const deskSessionFields = {
  id: true,
  enrolmentId: true,
  startsAt: true,
  durationMinutes: true,
  mode: true,
  status: true,
  enrolment: { select: { startup: { select: { name: true, nameZh: true } } } },
} satisfies Prisma.CoachingSessionSelect;

/**
 * The mentor's desk: one page of the start-ups assigned to them (ACTIVE assignments) with
 * their last held and next session and open action items (all counted by SQL); and the first
 * few of their sessions to write up (scheduled, time passed), upcoming ones, ones the start-up
 * has not confirmed yet and the open action items of their sessions, each with its total.
 */
export async function listMentorStartups(
  organisationId: string,
  mentorId: string,
  { now = new Date(), cursor }: { now?: Date; cursor?: string } = {},
) {
  return db.$transaction(async (tx) => {
    const assignmentScope = { organisationId, mentorId, status: "ACTIVE" } as const;
    // Only sessions on start-ups the mentor is still assigned to.
    const sessionScope = {
      organisationId,
      mentorId,
      enrolment: { mentorAssignments: { some: assignmentScope } },
    } satisfies Prisma.CoachingSessionWhereInput;
    const toLogWhere = { ...sessionScope, status: "SCHEDULED", startsAt: { lte: now } } as const;
    const upcomingWhere = { ...sessionScope, status: "SCHEDULED", startsAt: { gt: now } } as const;
    const awaitingWhere = { ...sessionScope, status: "LOGGED" } as const;
    const itemsWhere = {
      organisationId,
      status: "OPEN",
      coachingSession: sessionScope,
    } satisfies Prisma.ActionItemWhereInput;

    const [assignments, startupCount, toLog, toLogCount, upcoming, upcomingCount] =
      await Promise.all([
        tx.mentorAssignment.findMany({
          where: { AND: [assignmentScope, assignmentsAfter(cursor)] },
          orderBy: [{ startsOn: "asc" }, { id: "asc" }],
          take: PAGE_SIZE + 1,
          select: {
            id: true,
            startsOn: true,
            enrolment: {
              select: {
                id: true,
                status: true,
                supportNeeds: true,
                programme: { select: { name: true, nameZh: true } },
                startup: {
                  select: {
                    name: true,
                    nameZh: true,
                    startupProfile: { select: { leadAsset: true, pipelineStage: true } },
                  },
                },
              },
            },
          },
        }),
        tx.mentorAssignment.count({ where: assignmentScope }),
        tx.coachingSession.findMany({
          where: toLogWhere,
          orderBy: [{ startsAt: "asc" }, { id: "asc" }],
          take: DESK_LIST_SIZE,
          select: deskSessionFields,
        }),
        tx.coachingSession.count({ where: toLogWhere }),
        tx.coachingSession.findMany({
          where: upcomingWhere,
          orderBy: [{ startsAt: "asc" }, { id: "asc" }],
          take: DESK_LIST_SIZE,
          select: deskSessionFields,
        }),
        tx.coachingSession.count({ where: upcomingWhere }),
      ]);
    const [awaiting, awaitingCount, actionItems, actionItemCount] = await Promise.all([
      tx.coachingSession.findMany({
        where: awaitingWhere,
        orderBy: [{ startsAt: "desc" }, { id: "desc" }],
        take: DESK_LIST_SIZE,
        select: deskSessionFields,
      }),
      tx.coachingSession.count({ where: awaitingWhere }),
      tx.actionItem.findMany({
        where: itemsWhere,
        orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
        take: DESK_LIST_SIZE,
        select: {
          id: true,
          description: true,
          ownerSide: true,
          dueOn: true,
          owner: { select: { name: true } },
          coachingSession: {
            select: {
              enrolmentId: true,
              enrolment: { select: { startup: { select: { name: true, nameZh: true } } } },
            },
          },
        },
      }),
      tx.actionItem.count({ where: itemsWhere }),
    ]);

    const page = takePage(assignments, (row) => [row.startsOn.toISOString(), row.id]);
    const enrolmentIds = page.items.map((assignment) => assignment.enrolment.id);
    const pageSessions = { organisationId, mentorId, enrolmentId: { in: enrolmentIds } };
    const [lastHeld, nextScheduled, openItems] = await Promise.all([
      tx.coachingSession.groupBy({
        by: ["enrolmentId"],
        where: {
          ...pageSessions,
          status: { in: [...HELD_SESSION_STATUSES] },
          startsAt: { lte: now },
        },
        _max: { startsAt: true },
      }),
      tx.coachingSession.groupBy({
        by: ["enrolmentId"],
        where: { ...pageSessions, status: "SCHEDULED", startsAt: { gt: now } },
        _min: { startsAt: true },
      }),
      enrolmentIds.length === 0
        ? Promise.resolve([])
        : tx.$queryRaw<{ enrolmentId: string; count: number }[]>`
            select s."enrolmentId", count(*)::int as count
            from "ActionItem" i join "CoachingSession" s on s.id = i."coachingSessionId"
            where i."organisationId" = ${organisationId} and i.status = 'OPEN'
              and s."mentorId" = ${mentorId} and s."enrolmentId" = any(${enrolmentIds})
            group by s."enrolmentId"`,
    ]);
    const lastOf = new Map(lastHeld.map((row) => [row.enrolmentId, row._max.startsAt]));
    const nextOf = new Map(nextScheduled.map((row) => [row.enrolmentId, row._min.startsAt]));
    const itemsOf = new Map(openItems.map((row) => [row.enrolmentId, row.count]));
    const withStartup = <
      T extends { enrolment: { startup: { name: string; nameZh: string | null } } },
    >({
      enrolment,
      ...session
    }: T) => ({ ...session, startup: enrolment.startup });

    return {
      today: hongKongToday(now),
      startupCount,
      startupsNextCursor: page.nextCursor,
      startups: page.items.map((assignment) => ({
        assignmentId: assignment.id,
        assignedSince: assignment.startsOn,
        enrolmentId: assignment.enrolment.id,
        enrolmentStatus: assignment.enrolment.status,
        supportNeeds: assignment.enrolment.supportNeeds,
        programme: assignment.enrolment.programme,
        startup: assignment.enrolment.startup,
        lastSessionAt: lastOf.get(assignment.enrolment.id) ?? null,
        nextSessionAt: nextOf.get(assignment.enrolment.id) ?? null,
        openActionItemCount: itemsOf.get(assignment.enrolment.id) ?? 0,
      })),
      toLog: toLog.map(withStartup),
      toLogCount,
      upcoming: upcoming.map(withStartup),
      upcomingCount,
      awaitingConfirmation: awaiting.map(withStartup),
      awaitingConfirmationCount: awaitingCount,
      actionItems: actionItems.map(({ coachingSession, ...item }) => ({
        ...item,
        enrolmentId: coachingSession.enrolmentId,
        startup: coachingSession.enrolment.startup,
      })),
      actionItemCount,
    };
  });
}

export type MentorDesk = Awaited<ReturnType<typeof listMentorStartups>>;
