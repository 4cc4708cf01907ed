import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { getGrantBudgets } from "@/lib/data/homes/finance-budget";
import { getCoachingActivity, getMilestoneHealth } from "@/lib/data/homes/officer-cohort-health";
import { getCallFunnels } from "@/lib/data/homes/officer-funnels";
import { hongKongToday } from "@/lib/domain/dates";
import { closedMilestoneStatuses } from "@/lib/domain/milestone-categories";

export type ProgrammeOfficerHomeData = Awaited<ReturnType<typeof getProgrammeOfficerHome>>;

/** Every list on the home is the most urgent few; the full lists live on their own pages. */
const LIST_LIMIT = 8;

/** Applications whose reviews are still useful: not yet decided, withdrawn or drafted. */
const UNDER_REVIEW = ["SCREENING", "IN_REVIEW", "SHORTLISTED"] as const;

/**
 * The programme officer's morning question, answered: how each open call's funnel stands,
 * which reviews are late, how the cohort's milestones and coaching are going, which tranches
 * wait for the first signature, and how much of each programme's grants is used. Every figure
 * is a SQL aggregate and every list is bounded, so the query count does not grow with the data.
 */
export async function getProgrammeOfficerHome(organisationId: string, now: Date = new Date()) {
  const today = hongKongToday(now);
  const openReview = {
    organisationId,
    status: "ASSIGNED" as const,
    application: { organisationId, status: { in: [...UNDER_REVIEW] } },
  };
  const overdueMilestone = {
    organisationId,
    status: { notIn: [...closedMilestoneStatuses] },
    dueOn: { lt: today },
    enrolment: { organisationId, status: "ACTIVE" as const },
  };

  const [
    funnels,
    awaitingScreening,
    counts,
    mostOverdueReviews,
    milestoneHealth,
    overdueMilestones,
    coaching,
    requested,
    budgets,
  ] = await Promise.all([
    getCallFunnels(organisationId, { openOnly: true }),
    db.application.findMany({
      where: { organisationId, status: { in: ["SUBMITTED", "SCREENING"] } },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: LIST_LIMIT,
      select: {
        id: true,
        reference: true,
        projectTitle: true,
        status: true,
        submittedAt: true,
        callId: true,
        startup: { select: { name: true, nameZh: true } },
        call: { select: { title: true, titleZh: true } },
      },
    }),
    getOfficerCounts(organisationId, now),
    db.reviewerAssignment.findMany({
      where: { ...openReview, dueAt: { lt: now } },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: LIST_LIMIT,
      select: {
        id: true,
        dueAt: true,
        reviewer: { select: { name: true } },
        application: {
          select: {
            id: true,
            callId: true,
            reference: true,
            projectTitle: true,
            startup: { select: { name: true, nameZh: true } },
          },
        },
      },
    }),
    getMilestoneHealth(organisationId, now),
    db.milestone.findMany({
      where: overdueMilestone,
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      take: LIST_LIMIT,
      select: {
        id: true,
        title: true,
        category: true,
        status: true,
        dueOn: true,
        enrolmentId: true,
        enrolment: {
          select: {
            startup: { select: { name: true, nameZh: true } },
            programme: { select: { name: true, nameZh: true } },
          },
        },
      },
    }),
    getCoachingActivity(organisationId, now),
    db.disbursement.findMany({
      where: { organisationId, status: "REQUESTED" },
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      take: LIST_LIMIT,
      select: {
        id: true,
        amountCents: true,
        purpose: true,
        requestedAt: true,
        bucket: { select: { name: true, nameZh: true } },
        requestedBy: { select: { name: true } },
        grant: {
          select: {
            enrolment: {
              select: {
                startup: { select: { name: true, nameZh: true } },
                programme: { select: { name: true, nameZh: true } },
              },
            },
          },
        },
      },
    }),
    getGrantBudgets(organisationId),
  ]);

  return {
    funnels,
    awaitingScreening: { items: awaitingScreening, count: counts.awaitingScreening },
    reviews: {
      outstanding: counts.reviewsOutstanding,
      overdue: counts.reviewsOverdue,
      mostOverdue: mostOverdueReviews,
    },
    milestoneHealth: { ...milestoneHealth, overdueList: overdueMilestones },
    coaching,
    requestedDisbursements: {
      items: requested,
      count: counts.requested,
      totalCents: counts.requestedCents,
    },
    programmeBudgets: budgets.programmes,
    now,
  };
}

type OfficerCounts = {
  awaitingScreening: number;
  reviewsOutstanding: number;
  reviewsOverdue: number;
  requested: number;
  requestedCents: bigint;
};

/**
 * The home's headline counts in one statement: applications to screen, open and overdue
 * reviews (assigned, on an application still being assessed), tranche requests and their sum.
 */
async function getOfficerCounts(organisationId: string, now: Date): Promise<OfficerCounts> {
  const underReview = Prisma.join(UNDER_REVIEW.map((status) => Prisma.sql`${status}`));
  const [row] = await db.$queryRaw<OfficerCounts[]>`
    select
      (select count(*) from "Application" a
        where a."organisationId" = ${organisationId} and a.status in ('SUBMITTED', 'SCREENING'))::int
        as "awaitingScreening",
      (select count(*) from "ReviewerAssignment" r
        join "Application" a on a.id = r."applicationId" and a."organisationId" = ${organisationId}
        where r."organisationId" = ${organisationId} and r.status = 'ASSIGNED'
          and a.status::text in (${underReview}))::int as "reviewsOutstanding",
      (select count(*) from "ReviewerAssignment" r
        join "Application" a on a.id = r."applicationId" and a."organisationId" = ${organisationId}
        where r."organisationId" = ${organisationId} and r.status = 'ASSIGNED'
          and a.status::text in (${underReview}) and r."dueAt" < ${now})::int as "reviewsOverdue",
      (select count(*) from "Disbursement" d
        where d."organisationId" = ${organisationId} and d.status = 'REQUESTED')::int as requested,
      (select coalesce(sum(d."amountCents"), 0) from "Disbursement" d
        where d."organisationId" = ${organisationId} and d.status = 'REQUESTED')::bigint
        as "requestedCents"`;
  return (
    row ?? {
      awaitingScreening: 0,
      reviewsOutstanding: 0,
      reviewsOverdue: 0,
      requested: 0,
      requestedCents: 0n,
    }
  );
}
