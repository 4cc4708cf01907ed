import "server-only";
import { db } from "@/lib/db";
import { hongKongToday } from "@/lib/domain/dates";

/**
 * The start-up's coaching: its mentors, sessions and action items under its enrolments at
 * every operator. Only what the start-up may see — the operator-only part of a session lives
 * in CoachingPrivateNote, which the start-up cannot read at all (row-level security).
 */
export async function listStartupCoaching(startupId: string, now: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const [assignments, sessions] = await Promise.all([
      tx.mentorAssignment.findMany({
        where: { status: "ACTIVE", enrolment: { startupId } },
        orderBy: { startsOn: "asc" },
        select: {
          id: true,
          startsOn: true,
          mentor: { select: { name: true, nameZh: true } },
          enrolment: {
            select: {
              programme: { select: { name: true } },
              organisation: { select: { name: true } },
            },
          },
        },
      }),
      tx.coachingSession.findMany({
        where: { enrolment: { startupId } },
        orderBy: { startsAt: "desc" },
        select: {
          id: true,
          startsAt: true,
          durationMinutes: true,
          mode: true,
          status: true,
          topics: true,
          sharedNotes: true,
          confirmedAt: true,
          mentor: { select: { name: true } },
          enrolment: { select: { programme: { select: { name: true } } } },
          actionItems: {
            orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
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
        },
      }),
    ]);
    const actionItems = sessions
      .filter((session) => session.status !== "CANCELLED")
      .flatMap((session) =>
        session.actionItems.map((item) => ({
          ...item,
          sessionId: session.id,
          sessionStartsAt: session.startsAt,
          mentorName: session.mentor.name,
        })),
      );
    return {
      today: hongKongToday(now),
      mentors: assignments,
      upcoming: sessions
        .filter((session) => session.status === "SCHEDULED" && session.startsAt > now)
        .reverse(),
      toConfirm: sessions.filter((session) => session.status === "LOGGED"),
      past: sessions.filter(
        (session) =>
          session.status === "CONFIRMED" ||
          session.status === "CANCELLED" ||
          (session.status === "SCHEDULED" && session.startsAt <= now),
      ),
      openActionItems: actionItems
        .filter((item) => item.status === "OPEN")
        .sort(
          (a, b) =>
            (a.dueOn?.getTime() ?? Number.MAX_SAFE_INTEGER) -
            (b.dueOn?.getTime() ?? Number.MAX_SAFE_INTEGER),
        ),
      closedActionItems: actionItems.filter((item) => item.status !== "OPEN"),
    };
  });
}

export type StartupCoaching = Awaited<ReturnType<typeof listStartupCoaching>>;
