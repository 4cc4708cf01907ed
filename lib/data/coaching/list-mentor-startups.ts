import "server-only";
import { db } from "@/lib/db";
import { hongKongToday } from "@/lib/domain/dates";

const HELD = ["LOGGED", "CONFIRMED"] as const;

/**
 * The mentor's desk: only the start-ups assigned to them (ACTIVE assignments) with their last
 * held and next session; their sessions still to write up (scheduled, time passed), upcoming
 * ones, ones the start-up has not confirmed yet, and the open action items of their sessions.
 */
export async function listMentorStartups(
  organisationId: string,
  mentorId: string,
  now: Date = new Date(),
) {
  return db.$transaction(async (tx) => {
    const assignments = await tx.mentorAssignment.findMany({
      where: { organisationId, mentorId, status: "ACTIVE" },
      orderBy: { startsOn: "asc" },
      select: {
        id: true,
        startsOn: true,
        enrolment: {
          select: {
            id: true,
            status: true,
            supportNeeds: true,
            programme: { select: { name: true } },
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
    });
    const enrolmentIds = assignments.map((assignment) => assignment.enrolment.id);
    const sessionScope = { organisationId, mentorId, enrolmentId: { in: enrolmentIds } };
    const [sessions, actionItems] = await Promise.all([
      tx.coachingSession.findMany({
        where: { ...sessionScope, status: { not: "CANCELLED" } },
        orderBy: { startsAt: "asc" },
        select: {
          id: true,
          enrolmentId: true,
          startsAt: true,
          durationMinutes: true,
          mode: true,
          status: true,
          topics: true,
        },
      }),
      tx.actionItem.findMany({
        where: { organisationId, status: "OPEN", coachingSession: sessionScope },
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

    const startupName = new Map(
      assignments.map((assignment) => [assignment.enrolment.id, assignment.enrolment.startup.name]),
    );
    const withStartup = <T extends { enrolmentId: string }>(session: T) => ({
      ...session,
      startupName: startupName.get(session.enrolmentId) ?? "",
    });

    const startups = assignments.map((assignment) => {
      const own = sessions.filter((session) => session.enrolmentId === assignment.enrolment.id);
      const held = own.filter(
        (session) => session.startsAt <= now && HELD.some((status) => status === session.status),
      );
      return {
        assignmentId: assignment.id,
        assignedSince: assignment.startsOn,
        enrolmentId: assignment.enrolment.id,
        enrolmentStatus: assignment.enrolment.status,
        supportNeeds: assignment.enrolment.supportNeeds,
        programmeName: assignment.enrolment.programme.name,
        startup: assignment.enrolment.startup,
        lastSessionAt: held.at(-1)?.startsAt ?? null,
        nextSession:
          own.find((session) => session.status === "SCHEDULED" && session.startsAt > now) ?? null,
        openActionItemCount: actionItems.filter(
          (item) => item.coachingSession.enrolmentId === assignment.enrolment.id,
        ).length,
      };
    });

    return {
      today: hongKongToday(now),
      startups,
      toLog: sessions
        .filter((session) => session.status === "SCHEDULED" && session.startsAt <= now)
        .map(withStartup),
      upcoming: sessions
        .filter((session) => session.status === "SCHEDULED" && session.startsAt > now)
        .map(withStartup),
      awaitingConfirmation: sessions
        .filter((session) => session.status === "LOGGED")
        .map(withStartup),
      actionItems: actionItems.map((item) => ({
        ...item,
        enrolmentId: item.coachingSession.enrolmentId,
        startupName: startupName.get(item.coachingSession.enrolmentId) ?? "",
      })),
    };
  });
}

export type MentorDesk = Awaited<ReturnType<typeof listMentorStartups>>;
