import "server-only";
import { db } from "@/lib/db";
import { hongKongToday } from "@/lib/domain/dates";
import { closedMilestoneStatuses } from "@/lib/domain/milestone-categories";

export type StartupMemberHomeData = Awaited<ReturnType<typeof getStartupMemberHome>>;
export type StartupGrantSummary = StartupMemberHomeData["grants"][number];

const LIST_LIMIT = 8;

/**
 * The start-up's home: its applications to every operator, its cohort work (milestones,
 * grant balances, action items, coaching) — all scoped by the start-up's own organisation id.
 */
export async function getStartupMemberHome(startupId: string, now: Date = new Date()) {
  const [profile, applications, milestones, grants, disbursementSums, actionItems, sessions] =
    await Promise.all([
      db.startupProfile.findUnique({
        where: { organisationId: startupId },
        select: { leadAsset: true, pipelineStage: true, focusAreas: true },
      }),
      db.application.findMany({
        where: { startupId },
        orderBy: { updatedAt: "desc" },
        select: {
          id: true,
          reference: true,
          projectTitle: true,
          status: true,
          submittedAt: true,
          updatedAt: true,
          organisation: { select: { name: true } },
          call: { select: { title: true, closesAt: true, programme: { select: { name: true } } } },
        },
      }),
      db.milestone.findMany({
        where: {
          enrolment: { startupId, status: "ACTIVE" },
          status: { notIn: [...closedMilestoneStatuses] },
        },
        orderBy: [{ dueOn: "asc" }, { position: "asc" }],
        take: LIST_LIMIT,
        select: {
          id: true,
          title: true,
          category: true,
          status: true,
          dueOn: true,
          enrolment: { select: { programme: { select: { name: true } } } },
        },
      }),
      db.grant.findMany({
        where: { enrolment: { startupId } },
        orderBy: { awardedAt: "asc" },
        select: {
          id: true,
          status: true,
          approvedTotalCents: true,
          enrolment: {
            select: {
              programme: { select: { name: true } },
              organisation: { select: { name: true } },
            },
          },
          buckets: {
            orderBy: [{ programmeBucket: { position: "asc" } }, { code: "asc" }],
            select: { id: true, name: true, nameZh: true, capCents: true, evidenceRule: true },
          },
        },
      }),
      db.disbursement.groupBy({
        by: ["bucketId", "status"],
        where: {
          grant: { enrolment: { startupId } },
          status: { in: ["REQUESTED", "APPROVED", "FINANCE_APPROVED", "PAID"] },
        },
        _sum: { amountCents: true },
      }),
      db.actionItem.findMany({
        where: { status: "OPEN", coachingSession: { enrolment: { startupId } } },
        orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
        take: LIST_LIMIT,
        select: {
          id: true,
          description: true,
          ownerSide: true,
          dueOn: true,
          owner: { select: { name: true } },
          coachingSession: { select: { startsAt: true, mentor: { select: { name: true } } } },
        },
      }),
      // Only fields the start-up may see: never `privateNotes` or the mentor's assessment.
      db.coachingSession.findMany({
        where: { enrolment: { startupId }, status: "SCHEDULED", startsAt: { gte: now } },
        orderBy: { startsAt: "asc" },
        take: LIST_LIMIT,
        select: {
          id: true,
          startsAt: true,
          durationMinutes: true,
          mode: true,
          topics: true,
          mentor: { select: { name: true } },
          enrolment: { select: { programme: { select: { name: true } } } },
        },
      }),
    ]);

  const sumFor = (bucketId: string, statuses: readonly string[]) =>
    disbursementSums
      .filter((row) => row.bucketId === bucketId && statuses.includes(row.status))
      .reduce((sum, row) => sum + (row._sum.amountCents ?? 0n), 0n);

  return {
    today: hongKongToday(now),
    profile,
    applications,
    milestones,
    grants: grants.map((grant) => ({
      id: grant.id,
      status: grant.status,
      approvedTotalCents: grant.approvedTotalCents,
      programmeName: grant.enrolment.programme.name,
      operatorName: grant.enrolment.organisation.name,
      buckets: grant.buckets.map((bucket) => {
        const committedCents = sumFor(bucket.id, ["APPROVED", "FINANCE_APPROVED", "PAID"]);
        return {
          ...bucket,
          paidCents: sumFor(bucket.id, ["PAID"]),
          committedCents,
          pendingCents: sumFor(bucket.id, ["REQUESTED"]),
          remainingCents: bucket.capCents - committedCents,
        };
      }),
    })),
    actionItems,
    sessions,
  };
}
