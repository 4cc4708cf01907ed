import "server-only";
import { db } from "@/lib/db";
import { hongKongToday } from "@/lib/domain/dates";

export type MentorHomeData = Awaited<ReturnType<typeof getMentorHome>>;
export type MentorStartup = MentorHomeData["startups"][number];

const HELD_SESSION_STATUSES = ["LOGGED", "CONFIRMED"] as const;

/**
 * The mentor's home: only the start-ups assigned to this mentor in this organisation, with
 * the mentor's own sessions and the open action items from them.
 */
export async function getMentorHome(
  organisationId: string,
  mentorId: string,
  now: Date = new Date(),
) {
  const assignments = await db.mentorAssignment.findMany({
    where: { organisationId, mentorId, status: "ACTIVE" },
    orderBy: { startsOn: "asc" },
    select: {
      id: true,
      startsOn: true,
      enrolment: {
        select: {
          id: true,
          status: true,
          programme: { select: { name: true } },
          startup: {
            select: {
              name: true,
              nameZh: true,
              startupProfile: {
                select: { leadAsset: true, pipelineStage: true, focusAreas: true },
              },
            },
          },
        },
      },
    },
  });
  const enrolmentIds = assignments.map((assignment) => assignment.enrolment.id);

  const [sessions, actionItems] = await Promise.all([
    db.coachingSession.findMany({
      where: {
        organisationId,
        mentorId,
        enrolmentId: { in: enrolmentIds },
        status: { not: "CANCELLED" },
      },
      orderBy: { startsAt: "asc" },
      select: { id: true, enrolmentId: true, startsAt: true, status: true, mode: true },
    }),
    db.actionItem.findMany({
      where: {
        organisationId,
        status: "OPEN",
        coachingSession: { organisationId, mentorId, enrolmentId: { in: enrolmentIds } },
      },
      orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      select: {
        id: true,
        description: true,
        ownerSide: true,
        dueOn: true,
        owner: { select: { name: true } },
        coachingSession: { select: { enrolmentId: true } },
      },
    }),
  ]);

  const startups = assignments.map((assignment) => {
    const enrolmentId = assignment.enrolment.id;
    const ownSessions = sessions.filter((session) => session.enrolmentId === enrolmentId);
    const lastSession = ownSessions
      .filter(
        (session) =>
          session.startsAt <= now &&
          HELD_SESSION_STATUSES.some((status) => status === session.status),
      )
      .at(-1);
    const nextSession = ownSessions.find(
      (session) => session.status === "SCHEDULED" && session.startsAt > now,
    );
    return {
      assignmentId: assignment.id,
      assignedSince: assignment.startsOn,
      enrolmentStatus: assignment.enrolment.status,
      programmeName: assignment.enrolment.programme.name,
      startup: assignment.enrolment.startup,
      lastSessionAt: lastSession?.startsAt ?? null,
      nextSession: nextSession ? { startsAt: nextSession.startsAt, mode: nextSession.mode } : null,
      openActionItems: actionItems.filter(
        (item) => item.coachingSession.enrolmentId === enrolmentId,
      ),
    };
  });

  return {
    today: hongKongToday(now),
    startups,
    upcomingSessionCount: sessions.filter(
      (session) => session.status === "SCHEDULED" && session.startsAt > now,
    ).length,
    openActionItemCount: actionItems.length,
  };
}
