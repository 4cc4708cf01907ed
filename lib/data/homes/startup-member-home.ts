import "server-only";
import { db } from "@/lib/db";
import { READ_TRANSACTION } from "@/lib/data/milestones/read-transaction";
import { addDays, hongKongToday } from "@/lib/domain/dates";
import { totalsOf } from "@/lib/domain/disbursement-totals";
import { closedMilestoneStatuses } from "@/lib/domain/milestone-categories";
import { DUE_SOON_DAYS } from "@/lib/domain/milestone-overdue";
import type { ActionItemOwnerSide, CoachingMode } from "@/lib/generated/prisma/enums";
import { dateParam } from "./partner-member-home-months";
import { listStartupNextSteps } from "./startup-member-home-next-steps";

export type StartupMemberHomeData = Awaited<ReturnType<typeof getStartupMemberHome>>;
export type StartupGrantSummary = StartupMemberHomeData["grants"][number];

const LIST_LIMIT = 8;
const APPLICATION_LIMIT = 10;
const SESSION_LIMIT = 5;

type ActionItemRow = {
  id: string;
  description: string;
  ownerSide: ActionItemOwnerSide;
  dueOn: Date | null;
  ownerName: string | null;
  mentorName: string;
};
type SessionToConfirmRow = {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  mode: CoachingMode;
  mentorName: string;
};
type CountsRow = {
  applications: number;
  openMilestones: number;
  overdueMilestones: number;
  actionItems: number;
  upcomingSessions: number;
};

/**
 * The start-up's home: its applications to every operator, its cohort work (milestones,
 * grant balances, action items, coaching) and what to do next, all scoped by the start-up's own
 * organisation id. Every list is bounded; totals are counted in SQL.
 */
export async function getStartupMemberHome(startupId: string, now: Date = new Date()) {
  const today = hongKongToday(now);
  const openMilestone = {
    enrolment: { startupId, status: "ACTIVE" as const },
    status: { notIn: [...closedMilestoneStatuses] },
  };
  return db.$transaction(async (tx) => {
    const profile = await tx.startupProfile.findUnique({
      where: { organisationId: startupId },
      select: { leadAsset: true, pipelineStage: true, focusAreas: true },
    });
    const applications = await tx.application.findMany({
      where: { startupId },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: APPLICATION_LIMIT,
      select: {
        id: true,
        reference: true,
        projectTitle: true,
        status: true,
        submittedAt: true,
        updatedAt: true,
        organisation: { select: { name: true, nameZh: true } },
        call: { select: { title: true, titleZh: true, closesAt: true } },
      },
    });
    const milestones = await tx.milestone.findMany({
      where: openMilestone,
      orderBy: [{ dueOn: "asc" }, { position: "asc" }, { id: "asc" }],
      take: LIST_LIMIT,
      select: {
        id: true,
        enrolmentId: true,
        title: true,
        category: true,
        status: true,
        dueOn: true,
        enrolment: { select: { programme: { select: { name: true, nameZh: true } } } },
      },
    });
    // Every headline count in one statement (the same filters as the lists).
    const [counts] = await tx.$queryRaw<CountsRow[]>`
      select
        (select count(*)::int from "Application" a where a."startupId" = ${startupId}) as applications,
        (select count(*)::int from "Milestone" m join "Enrolment" e on e.id = m."enrolmentId"
          where e."startupId" = ${startupId} and e.status = 'ACTIVE'
            and m.status not in ('ACHIEVED', 'MISSED')) as "openMilestones",
        (select count(*)::int from "Milestone" m join "Enrolment" e on e.id = m."enrolmentId"
          where e."startupId" = ${startupId} and e.status = 'ACTIVE'
            and m.status not in ('ACHIEVED', 'MISSED', 'SUBMITTED')
            and m."dueOn" < ${dateParam(today)}) as "overdueMilestones",
        (select count(*)::int from "ActionItem" i
          join "CoachingSession" s on s.id = i."coachingSessionId"
          join "Enrolment" e on e.id = s."enrolmentId"
          where e."startupId" = ${startupId} and s.status <> 'CANCELLED'
            and i.status = 'OPEN') as "actionItems",
        (select count(*)::int from "CoachingSession" s
          join "Enrolment" e on e.id = s."enrolmentId"
          where e."startupId" = ${startupId} and s.status = 'SCHEDULED'
            and s."startsAt" >= ${now}) as "upcomingSessions"`;
    const grants = await tx.grant.findMany({
      where: { enrolment: { startupId } },
      orderBy: [{ awardedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        status: true,
        approvedTotalCents: true,
        enrolment: {
          select: {
            programme: { select: { name: true, nameZh: true } },
            organisation: { select: { name: true, nameZh: true } },
          },
        },
        buckets: {
          orderBy: [{ programmeBucket: { position: "asc" } }, { code: "asc" }],
          select: { id: true, name: true, nameZh: true, capCents: true, evidenceRule: true },
        },
      },
    });
    const disbursementSums = await tx.disbursement.groupBy({
      by: ["bucketId", "status"],
      where: { grant: { enrolment: { startupId } } },
      _sum: { amountCents: true },
    });
    const actionItems = await tx.$queryRaw<ActionItemRow[]>`
      select i.id, i.description, i."ownerSide", i."dueOn", owner.name as "ownerName",
        mentor.name as "mentorName"
      from "ActionItem" i
      join "CoachingSession" s on s.id = i."coachingSessionId"
      join "Enrolment" e on e.id = s."enrolmentId"
      join "User" mentor on mentor.id = s."mentorId"
      left join "User" owner on owner.id = i."ownerId"
      where e."startupId" = ${startupId} and s.status <> 'CANCELLED' and i.status = 'OPEN'
      order by i."dueOn" asc nulls last, i."createdAt", i.id
      limit ${LIST_LIMIT}`;
    // Only fields the start-up may see: never the operator's private notes or assessment.
    const sessions = await tx.coachingSession.findMany({
      where: { enrolment: { startupId }, status: "SCHEDULED", startsAt: { gte: now } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: SESSION_LIMIT,
      select: {
        id: true,
        startsAt: true,
        durationMinutes: true,
        mode: true,
        topics: true,
        mentor: { select: { name: true } },
        enrolment: { select: { programme: { select: { name: true, nameZh: true } } } },
      },
    });
    // Written up by the mentor: the start-up confirms it took place (confirm-session).
    const sessionsToConfirm = await tx.$queryRaw<SessionToConfirmRow[]>`
      select s.id, s."startsAt", s."durationMinutes", s.mode, mentor.name as "mentorName"
      from "CoachingSession" s
      join "Enrolment" e on e.id = s."enrolmentId"
      join "User" mentor on mentor.id = s."mentorId"
      where e."startupId" = ${startupId} and s.status = 'LOGGED'
      order by s."startsAt" desc, s.id
      limit ${SESSION_LIMIT}`;
    const nextSteps = await listStartupNextSteps(tx, {
      startupId,
      now,
      evidenceHorizon: addDays(today, DUE_SOON_DAYS),
    });

    const tranchesOf = (bucketId: string) =>
      disbursementSums
        .filter((row) => row.bucketId === bucketId)
        .map((row) => ({ status: row.status, amountCents: row._sum.amountCents ?? 0n }));

    return {
      now,
      today,
      profile,
      applications,
      applicationCount: counts?.applications ?? 0,
      milestones,
      openMilestoneCount: counts?.openMilestones ?? 0,
      overdueMilestoneCount: counts?.overdueMilestones ?? 0,
      grants: grants.map((grant) => ({
        id: grant.id,
        status: grant.status,
        approvedTotalCents: grant.approvedTotalCents,
        programmeName: grant.enrolment.programme.name,
        programmeNameZh: grant.enrolment.programme.nameZh,
        operatorName: grant.enrolment.organisation.name,
        operatorNameZh: grant.enrolment.organisation.nameZh,
        buckets: grant.buckets.map((bucket) => {
          const totals = totalsOf(bucket.capCents, tranchesOf(bucket.id));
          return {
            ...bucket,
            paidCents: totals.paidCents,
            // Asked for and not yet paid: waiting for the officer, finance or the payment run.
            pendingCents: totals.requestedCents + totals.approvedCents,
            // What can still be approved (lib/domain/disbursement-totals): cap − approved − paid.
            remainingCents: totals.remainingCents,
          };
        }),
      })),
      actionItems,
      actionItemCount: counts?.actionItems ?? 0,
      sessions,
      upcomingSessionCount: counts?.upcomingSessions ?? 0,
      sessionsToConfirm,
      nextSteps,
    };
  }, READ_TRANSACTION);
}
