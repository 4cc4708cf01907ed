import "server-only";
import { db } from "@/lib/db";
import { getGrantBudgets } from "@/lib/data/homes/finance-budget";
import {
  getCoachingActivity,
  getMilestoneHealth,
  HELD_SESSION_STATUSES,
} from "@/lib/data/homes/officer-cohort-health";
import { getCallFunnels } from "@/lib/data/homes/officer-funnels";
import type { EnrolmentStatus, MilestoneStatus } from "@/lib/generated/prisma/enums";

export type ProgrammeReport = NonNullable<Awaited<ReturnType<typeof getProgrammeReport>>>;

const ENROLMENT_STATUSES = [
  "ACTIVE",
  "GRADUATED",
  "WITHDRAWN",
] as const satisfies readonly EnrolmentStatus[];
export const REPORT_MILESTONE_STATUSES = [
  "PLANNED",
  "IN_PROGRESS",
  "SUBMITTED",
  "DELAYED",
  "ACHIEVED",
  "MISSED",
] as const satisfies readonly MilestoneStatus[];

/**
 * One programme's report for boards and partners: summary, calls and their funnels, cohort and
 * milestone health, coaching totals and grant budget use per bucket. Null when the programme is
 * not the operator's (the page answers 404). Aggregates only: the cost does not grow with rows.
 */
export async function getProgrammeReport(
  organisationId: string,
  programmeId: string,
  now: Date = new Date(),
) {
  const programme = await db.programme.findFirst({
    where: { id: programmeId, organisationId },
    select: {
      id: true,
      name: true,
      nameZh: true,
      kind: true,
      status: true,
      focusAreas: true,
      description: true,
      fundingCapCents: true,
      durationMonths: true,
      partners: { select: { partner: { select: { name: true, nameZh: true } } } },
    },
  });
  if (!programme) return null;

  const inProgramme = { organisationId, programmeId };
  const [
    funnels,
    enrolmentRows,
    milestoneRows,
    milestoneHealth,
    coaching,
    coachingTotals,
    mentoredStartups,
    budgets,
  ] = await Promise.all([
    getCallFunnels(organisationId, { programmeId }),
    db.enrolment.groupBy({ by: ["status"], where: inProgramme, _count: { _all: true } }),
    db.milestone.groupBy({
      by: ["status"],
      where: { organisationId, enrolment: { ...inProgramme, status: "ACTIVE" } },
      _count: { _all: true },
    }),
    getMilestoneHealth(organisationId, now, programmeId),
    getCoachingActivity(organisationId, now, { programmeId, limit: 0 }),
    db.coachingSession.aggregate({
      where: {
        organisationId,
        status: { in: [...HELD_SESSION_STATUSES] },
        startsAt: { lte: now },
        enrolment: inProgramme,
      },
      _count: { _all: true },
      _sum: { durationMinutes: true },
    }),
    db.enrolment.count({
      where: {
        ...inProgramme,
        status: "ACTIVE",
        mentorAssignments: { some: { status: "ACTIVE" } },
      },
    }),
    getGrantBudgets(organisationId, programmeId),
  ]);

  const enrolments = Object.fromEntries(ENROLMENT_STATUSES.map((status) => [status, 0])) as Record<
    EnrolmentStatus,
    number
  >;
  for (const row of enrolmentRows) enrolments[row.status] = row._count._all;
  const milestonesByStatus = Object.fromEntries(
    REPORT_MILESTONE_STATUSES.map((status) => [status, 0]),
  ) as Record<MilestoneStatus, number>;
  for (const row of milestoneRows) milestonesByStatus[row.status] = row._count._all;

  const { partners, ...summary } = programme;
  return {
    programme: { ...summary, partners: partners.map((link) => link.partner) },
    generatedAt: now,
    funnels,
    enrolments,
    milestonesByStatus,
    milestoneHealth,
    coaching: {
      ...coaching.totals,
      mentoredStartups,
      heldSessions: coachingTotals._count._all,
      heldMinutes: coachingTotals._sum.durationMinutes ?? 0,
    },
    budget: budgets.programmes[0] ?? null,
    buckets: budgets.buckets,
  };
}
