import { describe, expect, it } from "vitest";
import { getProgrammeOfficerHome } from "@/lib/data/homes/programme-officer-home";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { testDb } from "../../setup/test-database";
import { buildOperatorDashboardData, HK_PERIOD_START, HK_TODAY, NOW } from "./officer-world";

const DAY = 86_400_000;
const OPEN = { notIn: ["ACHIEVED", "MISSED"] as ("ACHIEVED" | "MISSED")[] };

async function officerHomeOf(world: Awaited<ReturnType<typeof buildOperatorDashboardData>>) {
  return runWithTenant({ userId: world.officer.user.id, organisationId: world.operator.id }, () =>
    getProgrammeOfficerHome(world.operator.id, NOW),
  );
}

// Two operators' worth of rows through the factories take a while on a busy machine.
const WORLD_TIMEOUT = 180_000;

describe("getProgrammeOfficerHome", () => {
  it(
    "shows every figure as the database counts it, and nothing of another operator",
    async () => {
      const world = await buildOperatorDashboardData();
      const other = await buildOperatorDashboardData();
      const db = testDb();
      const org = world.operator.id;
      const home = await officerHomeOf(world);

      // Funnels: the open (published) call only, one count per non-draft status.
      expect(home.funnels.map((call) => call.id)).toEqual([world.openCall.id]);
      const funnel = home.funnels[0]!;
      const grouped = await db.application.groupBy({
        by: ["status"],
        where: { callId: world.openCall.id, status: { not: "DRAFT" } },
        _count: { _all: true },
      });
      const expected = Object.fromEntries(grouped.map((row) => [row.status, row._count._all]));
      for (const status of Object.keys(funnel.counts) as (keyof typeof funnel.counts)[]) {
        expect(funnel.counts[status], status).toBe(expected[status] ?? 0);
      }
      expect(funnel.counts).toMatchObject({ SUBMITTED: 2, IN_REVIEW: 3, SHORTLISTED: 1 });
      expect(funnel.total).toBe(
        await db.application.count({
          where: { callId: world.openCall.id, status: { not: "DRAFT" } },
        }),
      );

      // Awaiting screening.
      expect(home.awaitingScreening.count).toBe(
        await db.application.count({
          where: { organisationId: org, status: { in: ["SUBMITTED", "SCREENING"] } },
        }),
      );
      expect(home.awaitingScreening.count).toBe(4); // 2 + 1 on the open call, 1 on the closed one
      const submittedAts = home.awaitingScreening.items.map((item) => item.submittedAt!.getTime());
      expect(submittedAts).toEqual([...submittedAts].sort((a, b) => a - b));

      // Reviews: assigned ones on applications still being assessed; overdue = due before now.
      const openReviews = {
        organisationId: org,
        status: "ASSIGNED" as const,
        application: {
          status: { in: ["SCREENING" as const, "IN_REVIEW" as const, "SHORTLISTED" as const] },
        },
      };
      expect(home.reviews.outstanding).toBe(
        await db.reviewerAssignment.count({ where: openReviews }),
      );
      expect(home.reviews.overdue).toBe(
        await db.reviewerAssignment.count({ where: { ...openReviews, dueAt: { lt: NOW } } }),
      );
      expect([home.reviews.outstanding, home.reviews.overdue]).toEqual([3, 2]);
      expect(home.reviews.mostOverdue.map((review) => review.id)).toEqual([
        world.reviews.overdueLong.id,
        world.reviews.overdueShort.id,
      ]);
      expect(home.reviews.mostOverdue[0]!.application.callId).toBe(world.openCall.id);

      // Milestone health of active enrolments, Hong Kong calendar days.
      const activeOpen = {
        organisationId: org,
        status: OPEN,
        enrolment: { status: "ACTIVE" as const },
      };
      const overdue = await db.milestone.count({
        where: { ...activeOpen, dueOn: { lt: HK_TODAY } },
      });
      const dueSoon = await db.milestone.count({
        where: {
          ...activeOpen,
          dueOn: { gte: HK_TODAY, lte: new Date(HK_TODAY.getTime() + 30 * DAY) },
        },
      });
      const onTrack = await db.milestone.count({
        where: { ...activeOpen, dueOn: { gt: new Date(HK_TODAY.getTime() + 30 * DAY) } },
      });
      expect(home.milestoneHealth).toMatchObject({
        overdue,
        dueSoon,
        onTrack,
        open: overdue + dueSoon + onTrack,
        evidenceWaiting: await db.milestone.count({
          where: { ...activeOpen, status: "SUBMITTED" },
        }),
      });
      expect([overdue, dueSoon, onTrack]).toEqual([3, 3, 2]);
      expect(
        home.milestoneHealth.overdueList.map((m) => m.dueOn.toISOString().slice(0, 10)),
      ).toEqual(["2026-02-10", "2026-03-20", "2026-03-31"]);

      // Coaching: held sessions since the Hong Kong quarter began; quiet = none in 30 days.
      const held = {
        organisationId: org,
        status: { in: ["LOGGED" as const, "CONFIRMED" as const] },
      };
      const sessionsThisQuarter = await db.coachingSession.count({
        where: {
          ...held,
          startsAt: { gte: HK_PERIOD_START, lte: NOW },
          enrolment: { status: "ACTIVE" },
        },
      });
      expect(home.coaching.totals).toMatchObject({
        activeStartups: await db.enrolment.count({
          where: { organisationId: org, status: "ACTIVE" },
        }),
        sessionsThisQuarter,
        quarterStart: HK_PERIOD_START,
      });
      expect(sessionsThisQuarter).toBe(3);
      const since = new Date(NOW.getTime() - 30 * DAY);
      expect(home.coaching.totals.quietStartups).toBe(
        await db.enrolment.count({
          where: {
            organisationId: org,
            status: "ACTIVE",
            coachingSessions: { none: { ...held, startsAt: { gte: since, lte: NOW } } },
          },
        }),
      );
      expect(home.coaching.totals.quietStartups).toBe(2);
      expect(home.coaching.neediest.map((row) => row.enrolmentId)).toEqual([
        world.enrolments.neverCoached.id,
        world.enrolments.quiet.id,
        world.enrolments.coached.id,
      ]);
      expect(home.coaching.neediest.map((row) => [row.isQuiet, row.sessionsThisQuarter])).toEqual([
        [true, 0],
        [true, 0],
        [false, 3],
      ]);
      const lastCoached = await db.coachingSession.aggregate({
        where: { ...held, enrolmentId: world.enrolments.coached.id, startsAt: { lte: NOW } },
        _max: { startsAt: true },
      });
      expect(home.coaching.neediest[2]!.lastSessionAt).toEqual(lastCoached._max.startsAt);

      // Tranches waiting for the officer's signature: count and exact sum in cents.
      const requested = await db.disbursement.aggregate({
        where: { organisationId: org, status: "REQUESTED" },
        _count: { _all: true },
        _sum: { amountCents: true },
      });
      expect(home.requestedDisbursements.count).toBe(requested._count._all);
      expect(home.requestedDisbursements.totalCents).toBe(requested._sum.amountCents);
      expect(home.requestedDisbursements.totalCents).toBe(1_234_567n + 5_000_000n);
      expect(home.requestedDisbursements.items[0]!.id).toBe(world.tranches.requestedOld.id);

      // Budget per programme: awarded grants, paid and committed tranches, in cents.
      const budget = home.programmeBudgets.find((row) => row.programmeId === world.programme.id)!;
      const grantOf = await db.grant.aggregate({
        where: { organisationId: org, enrolment: { programmeId: world.programme.id } },
        _sum: { approvedTotalCents: true },
        _count: { _all: true },
      });
      const paid = await db.disbursement.aggregate({
        where: {
          organisationId: org,
          status: "PAID",
          grant: { enrolment: { programmeId: world.programme.id } },
        },
        _sum: { amountCents: true },
      });
      const committed = await db.disbursement.aggregate({
        where: {
          organisationId: org,
          status: { in: ["APPROVED", "FINANCE_APPROVED"] },
          grant: { enrolment: { programmeId: world.programme.id } },
        },
        _sum: { amountCents: true },
      });
      expect(budget).toMatchObject({
        grantCount: grantOf._count._all,
        capCents: world.programme.fundingCapCents * BigInt(grantOf._count._all),
        awardedCents: grantOf._sum.approvedTotalCents,
        paidCents: paid._sum.amountCents,
        committedCents: committed._sum.amountCents,
        remainingCents:
          grantOf._sum.approvedTotalCents! - paid._sum.amountCents! - committed._sum.amountCents!,
      });
      expect(budget.paidCents).toBe(1_000_000n + 2_550_055n + 9_999_999n);

      // Tenant isolation: the other operator's identical data is never counted or listed.
      const otherIds = new Set([
        other.enrolments.coached.id,
        other.enrolments.quiet.id,
        other.enrolments.neverCoached.id,
        other.openCall.id,
        other.reviews.overdueLong.id,
        other.tranches.requestedOld.id,
        other.programme.id,
      ]);
      const listed = [
        ...home.funnels.map((call) => call.id),
        ...home.coaching.neediest.map((row) => row.enrolmentId),
        ...home.reviews.mostOverdue.map((review) => review.id),
        ...home.requestedDisbursements.items.map((item) => item.id),
        ...home.programmeBudgets.map((row) => row.programmeId),
      ];
      expect(listed.filter((id) => otherIds.has(id))).toEqual([]);
      expect(home.programmeBudgets.map((row) => row.programmeId).sort()).toEqual(
        [world.programme.id, world.secondProgramme.id].sort(),
      );
      const otherHome = await officerHomeOf(other);
      expect(otherHome.coaching.totals).toEqual(home.coaching.totals);
      expect(otherHome.reviews.overdue).toBe(home.reviews.overdue);
    },
    WORLD_TIMEOUT,
  );

  it(
    "lists at most ten start-ups in need of coaching, longest without a session first",
    async () => {
      const world = await buildOperatorDashboardData();
      const db = testDb();
      const { createEnrolment } = await import("../../factories/enrolments");
      for (let index = 0; index < 10; index += 1) {
        await createEnrolment(db, {
          organisationId: world.operator.id,
          programmeId: world.programme.id,
        });
      }
      const home = await officerHomeOf(world);
      expect(home.coaching.totals.activeStartups).toBe(13);
      expect(home.coaching.neediest).toHaveLength(10);
      expect(home.coaching.neediest.every((row) => row.lastSessionAt === null)).toBe(true);
      expect(home.coaching.totals.quietStartups).toBe(12);
    },
    WORLD_TIMEOUT,
  );
});
