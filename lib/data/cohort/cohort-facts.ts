import "server-only";
import { hongKongToday } from "@/lib/domain/dates";
import { closedMilestoneStatuses } from "@/lib/domain/milestone-categories";
import type { MilestoneStatus } from "@/lib/generated/prisma/enums";
import type { Transaction } from "./transaction";

/** Sessions that took place (logged by the mentor, or also confirmed by the start-up). */
export const HELD_SESSION_STATUSES = ["LOGGED", "CONFIRMED"] as const;

/** The instant the current Hong Kong calendar quarter began (midnight HKT, always UTC+8). */
export function startOfHongKongQuarter(now: Date = new Date()): Date {
  const today = hongKongToday(now);
  const quarterMonth = Math.floor(today.getUTCMonth() / 3) * 3;
  return new Date(Date.UTC(today.getUTCFullYear(), quarterMonth, 1) - 8 * 3600_000);
}

export type CohortFacts = {
  mentorNames: string[];
  mentors: { name: string; nameZh: string | null }[];
  lastSessionAt: Date | null;
  sessionsThisQuarter: number;
  overdueMilestones: number;
  nextMilestone: { title: string; dueOn: Date; status: MilestoneStatus } | null;
};

/**
 * What the cohort list shows beside each enrolment, for a bounded set of enrolments (one page,
 * or an export): active mentors, and counts and maxima computed by PostgreSQL (`groupBy`,
 * `DISTINCT ON`), so an enrolment with hundreds of sessions costs one row, not hundreds.
 */
export async function readCohortFacts(
  tx: Transaction,
  organisationId: string,
  enrolmentIds: readonly string[],
  { now = new Date(), withNextMilestone = true }: { now?: Date; withNextMilestone?: boolean } = {},
): Promise<Map<string, CohortFacts>> {
  const facts = new Map<string, CohortFacts>(
    enrolmentIds.map((id) => [
      id,
      {
        mentorNames: [],
        mentors: [],
        lastSessionAt: null,
        sessionsThisQuarter: 0,
        overdueMilestones: 0,
        nextMilestone: null,
      },
    ]),
  );
  if (enrolmentIds.length === 0) return facts;
  const ids = [...enrolmentIds];
  const today = hongKongToday(now);
  const open = { notIn: [...closedMilestoneStatuses] };
  const [assignments, lastHeld, quarter, overdue, nextMilestones] = await Promise.all([
    tx.mentorAssignment.findMany({
      where: { organisationId, enrolmentId: { in: ids }, status: "ACTIVE" },
      orderBy: [{ startsOn: "asc" }, { id: "asc" }],
      select: { enrolmentId: true, mentor: { select: { name: true, nameZh: true } } },
    }),
    tx.coachingSession.groupBy({
      by: ["enrolmentId"],
      where: {
        organisationId,
        enrolmentId: { in: ids },
        status: { in: [...HELD_SESSION_STATUSES] },
        startsAt: { lte: now },
      },
      _max: { startsAt: true },
    }),
    tx.coachingSession.groupBy({
      by: ["enrolmentId"],
      where: {
        organisationId,
        enrolmentId: { in: ids },
        status: { in: [...HELD_SESSION_STATUSES] },
        startsAt: { gte: startOfHongKongQuarter(now), lte: now },
      },
      _count: { _all: true },
    }),
    tx.milestone.groupBy({
      by: ["enrolmentId"],
      where: { organisationId, enrolmentId: { in: ids }, status: open, dueOn: { lt: today } },
      _count: { _all: true },
    }),
    withNextMilestone
      ? tx.$queryRaw<
          { enrolmentId: string; title: string; dueOn: Date; status: MilestoneStatus }[]
        >`
          select distinct on (m."enrolmentId") m."enrolmentId", m.title, m."dueOn", m.status
          from "Milestone" m
          where m."organisationId" = ${organisationId}
            and m."enrolmentId" = any(${ids})
            and m.status::text <> all(${[...closedMilestoneStatuses]})
          order by m."enrolmentId", m."dueOn", m.position, m.id`
      : Promise.resolve([]),
  ]);
  for (const assignment of assignments) {
    const fact = facts.get(assignment.enrolmentId);
    fact?.mentorNames.push(assignment.mentor.name);
    fact?.mentors.push(assignment.mentor);
  }
  for (const row of lastHeld) {
    const fact = facts.get(row.enrolmentId);
    if (fact) fact.lastSessionAt = row._max.startsAt;
  }
  for (const row of quarter) {
    const fact = facts.get(row.enrolmentId);
    if (fact) fact.sessionsThisQuarter = row._count._all;
  }
  for (const row of overdue) {
    const fact = facts.get(row.enrolmentId);
    if (fact) fact.overdueMilestones = row._count._all;
  }
  for (const row of nextMilestones) {
    const fact = facts.get(row.enrolmentId);
    if (fact) fact.nextMilestone = { title: row.title, dueOn: row.dueOn, status: row.status };
  }
  return facts;
}
