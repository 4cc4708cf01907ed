import "server-only";
import { db } from "@/lib/db";
import { cursorDate, decodeCursor, PAGE_SIZE, takePage } from "@/lib/pagination/cursor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cohortWhere, type CohortFilters } from "./cohort-filters";
import { HELD_SESSION_STATUSES, readCohortFacts } from "./cohort-facts";

export type CohortRow = Awaited<ReturnType<typeof listCohort>>["items"][number];

/** Newest enrolments first; the id breaks ties so no row is skipped or repeated across pages. */
const COHORT_ORDER = [
  { startsOn: "desc" },
  { id: "desc" },
] satisfies Prisma.EnrolmentOrderByWithRelationInput[];

/** Rows after the cursor `[startsOn, id]` in COHORT_ORDER; a malformed cursor means page one. */
function afterCursor(cursor: string | undefined): Prisma.EnrolmentWhereInput {
  const [startsOn, id] = decodeCursor(cursor, 2) ?? [];
  const date = cursorDate(startsOn);
  if (!date || typeof id !== "string") return {};
  return { OR: [{ startsOn: { lt: date } }, { startsOn: date, id: { lt: id } }] };
}

/**
 * One page (PAGE_SIZE) of the officer's cohort under the filters, newest enrolment first, each
 * with its active mentors, last held session, sessions this quarter, overdue milestones and
 * next open milestone; `total` is the number of matching enrolments (a SQL count).
 */
export async function listCohort(
  organisationId: string,
  filters: CohortFilters = { status: "ALL" },
  { cursor, now = new Date() }: { cursor?: string; now?: Date } = {},
) {
  return db.$transaction(async (tx) => {
    const where = cohortWhere(organisationId, filters);
    const [rows, total] = await Promise.all([
      tx.enrolment.findMany({
        where: { AND: [where, afterCursor(cursor)] },
        orderBy: COHORT_ORDER,
        take: PAGE_SIZE + 1,
        select: {
          id: true,
          status: true,
          startsOn: true,
          endsOn: true,
          programme: { select: { id: true, name: true, nameZh: true } },
          startup: { select: { name: true, nameZh: true } },
        },
      }),
      tx.enrolment.count({ where }),
    ]);
    const page = takePage(rows, (row) => [row.startsOn.toISOString(), row.id]);
    const facts = await readCohortFacts(
      tx,
      organisationId,
      page.items.map((row) => row.id),
      { now },
    );
    return {
      total,
      nextCursor: page.nextCursor,
      items: page.items.map((row) => ({ ...row, ...facts.get(row.id)! })),
    };
  });
}

/**
 * The cohort page's headline counts, all by SQL: active start-ups, those without an active
 * mentor, those with no held session in the last 60 days, accepted start-ups waiting to enrol.
 */
export async function getCohortStats(organisationId: string, now: Date = new Date()) {
  const since = new Date(now.getTime() - 60 * 86_400_000);
  return db.$transaction(async (tx) => {
    const active = { organisationId, status: "ACTIVE" } as const;
    const [activeCount, withoutMentor, quiet, waiting] = await Promise.all([
      tx.enrolment.count({ where: active }),
      tx.enrolment.count({
        where: { ...active, mentorAssignments: { none: { status: "ACTIVE" } } },
      }),
      tx.enrolment.count({
        where: {
          ...active,
          coachingSessions: {
            none: {
              status: { in: [...HELD_SESSION_STATUSES] },
              startsAt: { gte: since, lte: now },
            },
          },
        },
      }),
      tx.application.count({
        where: {
          organisationId,
          status: "ACCEPTED",
          decision: { is: { outcome: "ACCEPTED" } },
          enrolment: { is: null },
        },
      }),
    ]);
    return { active: activeCount, withoutMentor, quiet, waiting };
  });
}

/** The operator's programmes that have or may have a cohort, for the filter. */
export function listCohortProgrammes(organisationId: string) {
  return db.programme.findMany({
    where: { organisationId, status: { not: "DRAFT" } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, nameZh: true },
  });
}

/** The mentor named by the cohort's mentor filter (one of the operator's mentors), or null. */
export function getCohortMentorOption(organisationId: string, mentorId: string) {
  return db.membership.findFirst({
    where: { organisationId, role: "MENTOR", userId: mentorId },
    select: { user: { select: { id: true, name: true, nameZh: true } } },
  });
}
