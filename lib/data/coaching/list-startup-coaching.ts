import "server-only";
import { db } from "@/lib/db";
import { hongKongToday } from "@/lib/domain/dates";
import { PAGE_SIZE, takePage } from "@/lib/pagination/cursor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SESSION_ORDER, sessionsAfter } from "./session-page";

/** How many upcoming sessions and finished action items the page shows (totals beside). */
export const STARTUP_SHORT_LIST_SIZE = 10;

const sessionFields = {
  id: true,
  startsAt: true,
  durationMinutes: true,
  mode: true,
  status: true,
  topics: true,
  sharedNotes: true,
  confirmedAt: true,
  mentor: { select: { name: true, nameZh: true } },
  enrolment: { select: { programme: { select: { name: true } } } },
  actionItems: {
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      description: true,
      ownerSide: true,
      status: true,
      dueOn: true,
      completedAt: true,
      owner: { select: { name: true } },
    },
  },
} satisfies Prisma.CoachingSessionSelect;

const itemFields = {
  id: true,
  description: true,
  ownerSide: true,
  status: true,
  dueOn: true,
  completedAt: true,
  owner: { select: { name: true } },
  coachingSession: { select: { id: true, startsAt: true, mentor: { select: { name: true } } } },
} satisfies Prisma.ActionItemSelect;

type ItemRow = Prisma.ActionItemGetPayload<{ select: typeof itemFields }>;

function toItem({ coachingSession, ...item }: ItemRow) {
  return {
    ...item,
    sessionId: coachingSession.id,
    sessionStartsAt: coachingSession.startsAt,
    mentorName: coachingSession.mentor.name,
  };
}

/**
 * The start-up's coaching under its enrolments at every operator: its mentors; sessions to
 * confirm; the next few upcoming; one page of past sessions (newest first, `pastCursor`);
 * open action items and the latest finished ones, each list with its SQL total. Only what the
 * start-up may see — the operator-only part of a session lives in CoachingPrivateNote, which
 * the start-up cannot read at all (row-level security) and which is never selected here.
 */
export async function listStartupCoaching(
  startupId: string,
  { now = new Date(), pastCursor }: { now?: Date; pastCursor?: string } = {},
) {
  return db.$transaction(async (tx) => {
    const own = { enrolment: { startupId } } satisfies Prisma.CoachingSessionWhereInput;
    const upcomingWhere = { ...own, status: "SCHEDULED", startsAt: { gt: now } } as const;
    const toConfirmWhere = { ...own, status: "LOGGED" } as const;
    const pastWhere = {
      ...own,
      OR: [
        { status: { in: ["CONFIRMED", "CANCELLED"] } },
        { status: "SCHEDULED", startsAt: { lte: now } },
      ],
    } satisfies Prisma.CoachingSessionWhereInput;
    const liveSession = { ...own, status: { not: "CANCELLED" } } as const;
    const openWhere = { status: "OPEN", coachingSession: liveSession } as const;
    const closedWhere = { status: { not: "OPEN" }, coachingSession: liveSession } as const;

    const [mentors, upcoming, upcomingCount, toConfirm, toConfirmCount, past, pastCount] =
      await Promise.all([
        tx.mentorAssignment.findMany({
          where: { status: "ACTIVE", enrolment: { startupId } },
          orderBy: [{ startsOn: "asc" }, { id: "asc" }],
          select: {
            id: true,
            startsOn: true,
            mentor: { select: { name: true, nameZh: true } },
            enrolment: {
              select: {
                programme: { select: { name: true, nameZh: true } },
                organisation: { select: { name: true, nameZh: true } },
              },
            },
          },
        }),
        tx.coachingSession.findMany({
          where: upcomingWhere,
          orderBy: [{ startsAt: "asc" }, { id: "asc" }],
          take: STARTUP_SHORT_LIST_SIZE,
          select: sessionFields,
        }),
        tx.coachingSession.count({ where: upcomingWhere }),
        tx.coachingSession.findMany({
          where: toConfirmWhere,
          orderBy: SESSION_ORDER,
          take: PAGE_SIZE,
          select: sessionFields,
        }),
        tx.coachingSession.count({ where: toConfirmWhere }),
        tx.coachingSession.findMany({
          where: { AND: [pastWhere, sessionsAfter(pastCursor)] },
          orderBy: SESSION_ORDER,
          take: PAGE_SIZE + 1,
          select: sessionFields,
        }),
        tx.coachingSession.count({ where: pastWhere }),
      ]);
    const [openItems, openCount, closedItems, closedCount] = await Promise.all([
      tx.actionItem.findMany({
        where: openWhere,
        orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
        take: PAGE_SIZE,
        select: itemFields,
      }),
      tx.actionItem.count({ where: openWhere }),
      tx.actionItem.findMany({
        where: closedWhere,
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
        take: STARTUP_SHORT_LIST_SIZE,
        select: itemFields,
      }),
      tx.actionItem.count({ where: closedWhere }),
    ]);
    const pastPage = takePage(past, (row) => [row.startsAt.toISOString(), row.id]);
    return {
      today: hongKongToday(now),
      mentors,
      upcoming,
      upcomingCount,
      toConfirm,
      toConfirmCount,
      past: pastPage.items,
      pastCount,
      pastNextCursor: pastPage.nextCursor,
      openActionItems: openItems.map(toItem),
      openActionItemCount: openCount,
      closedActionItems: closedItems.map(toItem),
      closedActionItemCount: closedCount,
    };
  });
}

export type StartupCoaching = Awaited<ReturnType<typeof listStartupCoaching>>;
