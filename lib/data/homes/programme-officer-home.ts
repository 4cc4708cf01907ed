import "server-only";
import { db } from "@/lib/db";
import { addDays, hongKongToday } from "@/lib/domain/dates";
import { closedMilestoneStatuses } from "@/lib/domain/milestone-categories";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

export type ProgrammeOfficerHomeData = Awaited<ReturnType<typeof getProgrammeOfficerHome>>;

const DUE_SOON_DAYS = 30;
const LIST_LIMIT = 8;

/** Statuses an operator sees in its pipeline: drafts still belong to the start-up. */
export const pipelineStatuses = [
  "SUBMITTED",
  "SCREENING",
  "IN_REVIEW",
  "SHORTLISTED",
  "ACCEPTED",
  "REJECTED",
  "WITHDRAWN",
] as const satisfies readonly ApplicationStatus[];

/** The programme officer's home: open calls, pipeline, work waiting, cohort milestone health. */
export async function getProgrammeOfficerHome(organisationId: string, now: Date = new Date()) {
  const today = hongKongToday(now);
  const dueSoonLimit = addDays(today, DUE_SOON_DAYS);
  const openMilestone = {
    organisationId,
    status: { notIn: [...closedMilestoneStatuses] },
    enrolment: { organisationId, status: "ACTIVE" as const },
  };

  const [
    programmes,
    pipelineRows,
    awaitingAction,
    overdueCount,
    dueSoonCount,
    evidenceCount,
    overdue,
    requested,
    requestedTotals,
  ] = await Promise.all([
    db.programme.findMany({
      where: { organisationId, status: "ACTIVE" },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        nameZh: true,
        kind: true,
        calls: {
          where: {
            organisationId,
            status: "PUBLISHED",
            opensAt: { lte: now },
            closesAt: { gt: now },
          },
          orderBy: { closesAt: "asc" },
          select: { id: true, title: true, closesAt: true },
        },
        _count: { select: { enrolments: { where: { status: "ACTIVE" } } } },
      },
    }),
    db.application.groupBy({
      by: ["callId", "status"],
      where: { organisationId, status: { in: [...pipelineStatuses] } },
      _count: { _all: true },
    }),
    db.application.findMany({
      where: { organisationId, status: { in: ["SUBMITTED", "SCREENING"] } },
      orderBy: [{ submittedAt: "asc" }],
      take: LIST_LIMIT,
      select: {
        id: true,
        reference: true,
        projectTitle: true,
        status: true,
        submittedAt: true,
        startup: { select: { name: true } },
        // The row links to the officer's application page, which lives under the call.
        organisation: { select: { slug: true } },
        call: { select: { id: true, title: true } },
      },
    }),
    db.milestone.count({ where: { ...openMilestone, dueOn: { lt: today } } }),
    db.milestone.count({ where: { ...openMilestone, dueOn: { gte: today, lte: dueSoonLimit } } }),
    db.milestone.count({ where: { ...openMilestone, status: "SUBMITTED" } }),
    db.milestone.findMany({
      where: { ...openMilestone, dueOn: { lt: today } },
      orderBy: { dueOn: "asc" },
      take: LIST_LIMIT,
      select: {
        id: true,
        title: true,
        category: true,
        status: true,
        dueOn: true,
        enrolment: {
          select: { startup: { select: { name: true } }, programme: { select: { name: true } } },
        },
      },
    }),
    db.disbursement.findMany({
      where: { organisationId, status: "REQUESTED" },
      orderBy: { requestedAt: "asc" },
      take: LIST_LIMIT,
      select: {
        id: true,
        amountCents: true,
        purpose: true,
        requestedAt: true,
        bucket: { select: { name: true } },
        requestedBy: { select: { name: true } },
        grant: {
          select: {
            enrolment: {
              select: {
                startup: { select: { name: true } },
                programme: { select: { name: true } },
              },
            },
          },
        },
      },
    }),
    db.disbursement.aggregate({
      where: { organisationId, status: "REQUESTED" },
      _count: { _all: true },
      _sum: { amountCents: true },
    }),
  ]);

  return {
    programmes,
    pipeline: await buildPipeline(organisationId, pipelineRows),
    awaitingAction,
    milestoneHealth: {
      overdueCount,
      dueSoonCount,
      evidenceCount,
      dueSoonDays: DUE_SOON_DAYS,
      overdue,
    },
    requestedDisbursements: {
      items: requested,
      count: requestedTotals._count._all,
      totalCents: requestedTotals._sum.amountCents ?? 0n,
    },
  };
}

type PipelineRow = { callId: string; status: ApplicationStatus; _count: { _all: number } };

/** One row per call that has applications, with a count for each pipeline status. */
async function buildPipeline(organisationId: string, rows: PipelineRow[]) {
  const callIds = [...new Set(rows.map((row) => row.callId))];
  const calls = await db.call.findMany({
    where: { organisationId, id: { in: callIds } },
    orderBy: [{ closesAt: "desc" }],
    select: {
      id: true,
      title: true,
      status: true,
      closesAt: true,
      programme: { select: { name: true } },
    },
  });
  return calls.map((call) => {
    const counts = Object.fromEntries(pipelineStatuses.map((status) => [status, 0])) as Record<
      (typeof pipelineStatuses)[number],
      number
    >;
    for (const row of rows) {
      if (row.callId === call.id && row.status !== "DRAFT") counts[row.status] = row._count._all;
    }
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    return { ...call, counts, total };
  });
}
