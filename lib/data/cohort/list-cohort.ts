import "server-only";
import { db } from "@/lib/db";
import { closedMilestoneStatuses } from "@/lib/domain/milestone-categories";
import type { EnrolmentStatus } from "@/lib/generated/prisma/enums";

export type CohortRow = Awaited<ReturnType<typeof listCohort>>[number];

const HELD = ["LOGGED", "CONFIRMED"] as const;

/**
 * The officer's cohort: every enrolment of the operator (optionally one status or programme),
 * with its active mentors, last held and next scheduled session, and next open milestone.
 */
export async function listCohort(
  organisationId: string,
  filter: { status?: EnrolmentStatus; programmeId?: string } = {},
  now: Date = new Date(),
) {
  const enrolments = await db.enrolment.findMany({
    where: {
      organisationId,
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.programmeId ? { programmeId: filter.programmeId } : {}),
    },
    orderBy: [{ status: "asc" }, { startsOn: "desc" }, { startup: { name: "asc" } }],
    select: {
      id: true,
      status: true,
      startsOn: true,
      endsOn: true,
      supportNeeds: true,
      programme: { select: { id: true, name: true } },
      startup: { select: { name: true, nameZh: true } },
      mentorAssignments: {
        where: { status: "ACTIVE" },
        orderBy: { startsOn: "asc" },
        select: { mentor: { select: { name: true } } },
      },
      coachingSessions: {
        where: { status: { in: [...HELD] }, startsAt: { lte: now } },
        orderBy: { startsAt: "desc" },
        take: 1,
        select: { startsAt: true },
      },
      milestones: {
        where: { status: { notIn: [...closedMilestoneStatuses] } },
        orderBy: [{ dueOn: "asc" }, { position: "asc" }],
        take: 1,
        select: { title: true, dueOn: true, status: true },
      },
    },
  });
  return enrolments.map((enrolment) => ({
    id: enrolment.id,
    status: enrolment.status,
    startsOn: enrolment.startsOn,
    endsOn: enrolment.endsOn,
    hasSupportNeeds: enrolment.supportNeeds.length > 0,
    programme: enrolment.programme,
    startup: enrolment.startup,
    mentorNames: enrolment.mentorAssignments.map((assignment) => assignment.mentor.name),
    lastSessionAt: enrolment.coachingSessions[0]?.startsAt ?? null,
    nextMilestone: enrolment.milestones[0] ?? null,
  }));
}

/** The operator's programmes that have or may have a cohort, for the filter. */
export function listCohortProgrammes(organisationId: string) {
  return db.programme.findMany({
    where: { organisationId, status: { not: "DRAFT" } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
