import { isValidElement } from "react";
import { describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import {
  getProgrammeReport,
  type ProgrammeReport,
} from "@/lib/data/homes/officer-programme-report";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { sessionUserFor } from "../members/session-user";
import { buildOperatorDashboardData, HK_PERIOD_START, HK_TODAY, NOW } from "./officer-world";

// The page's membership lookup, as lib/auth/session does it, for the mocked signed-in user:
// another organisation's slug is a 404 (the page then reads as that membership's tenant).
const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", async () => {
  const { notFound } = await import("next/navigation");
  return {
    getCurrentUser: async () => auth.user,
    requireMembership: async (slug: string) => {
      const user = auth.user;
      const membership = user?.memberships.find((m) => m.organisation.slug === slug);
      if (!user || !membership) return notFound();
      return { user, membership, organisation: membership.organisation };
    },
  };
});

const { default: ProgrammeReportPage } =
  await import("@/app/(app)/[org]/programmes/[programmeId]/report/page");

type World = Awaited<ReturnType<typeof buildOperatorDashboardData>>;
const DAY = 86_400_000;

/** The page as `userId` would get it: the element it renders, or the 404 it throws. */
async function openReport(
  userId: string,
  orgSlug: string,
  organisationId: string,
  programmeId: string,
) {
  auth.user = await sessionUserFor(userId);
  try {
    return await runWithTenant({ userId, organisationId }, () =>
      ProgrammeReportPage({ params: Promise.resolve({ org: orgSlug, programmeId }) }),
    );
  } finally {
    auth.user = null;
  }
}

function reportOf(element: unknown): ProgrammeReport {
  if (!isValidElement<{ report: ProgrammeReport }>(element)) throw new Error("no element");
  return element.props.report;
}

// Two operators' worth of rows through the factories take a while on a busy machine.
const WORLD_TIMEOUT = 180_000;

describe("the programme report", () => {
  it(
    "reports every figure of the programme as the database counts it, and nothing else",
    async () => {
      const world: World = await buildOperatorDashboardData();
      const other: World = await buildOperatorDashboardData();
      const db = testDb();
      const org = world.operator.id;
      const programmeId = world.programme.id;
      const report = await runWithTenant(
        { userId: world.officer.user.id, organisationId: org },
        () => getProgrammeReport(org, programmeId, NOW),
      );
      expect(report).not.toBeNull();
      const r = report!;
      expect(r.programme).toMatchObject({ id: programmeId, name: world.programme.name });
      expect(r.generatedAt).toEqual(NOW);

      // Calls: every non-draft call of the programme, with its funnel.
      expect(r.funnels.map((call) => call.id).sort()).toEqual(
        [world.openCall.id, world.closedCall.id].sort(),
      );
      for (const call of r.funnels) {
        const grouped = await db.application.groupBy({
          by: ["status"],
          where: { callId: call.id, status: { not: "DRAFT" } },
          _count: { _all: true },
        });
        const expected = Object.fromEntries(grouped.map((row) => [row.status, row._count._all]));
        for (const [status, count] of Object.entries(call.counts)) {
          expect(count, `${call.id} ${status}`).toBe(expected[status] ?? 0);
        }
      }

      // Cohort: enrolments by status; milestones of the programme's active enrolments.
      for (const status of ["ACTIVE", "GRADUATED", "WITHDRAWN"] as const) {
        expect(r.enrolments[status], status).toBe(
          await db.enrolment.count({ where: { organisationId: org, programmeId, status } }),
        );
      }
      expect(r.enrolments).toEqual({ ACTIVE: 2, GRADUATED: 0, WITHDRAWN: 1 });
      const inActiveCohort = {
        organisationId: org,
        enrolment: { programmeId, status: "ACTIVE" as const },
      };
      const byStatus = await db.milestone.groupBy({
        by: ["status"],
        where: inActiveCohort,
        _count: { _all: true },
      });
      for (const row of byStatus)
        expect(r.milestonesByStatus[row.status], row.status).toBe(row._count._all);
      const open = {
        ...inActiveCohort,
        status: { notIn: ["ACHIEVED" as const, "MISSED" as const] },
      };
      const windowEnd = new Date(HK_TODAY.getTime() + 30 * DAY);
      expect(r.milestoneHealth).toMatchObject({
        overdue: await db.milestone.count({ where: { ...open, dueOn: { lt: HK_TODAY } } }),
        dueSoon: await db.milestone.count({
          where: { ...open, dueOn: { gte: HK_TODAY, lte: windowEnd } },
        }),
        onTrack: await db.milestone.count({ where: { ...open, dueOn: { gt: windowEnd } } }),
      });
      // The second programme's milestones (due soon, evidence waiting, on track) stay out.
      expect([
        r.milestoneHealth.overdue,
        r.milestoneHealth.dueSoon,
        r.milestoneHealth.onTrack,
      ]).toEqual([3, 2, 1]);
      expect(r.milestoneHealth.evidenceWaiting).toBe(0);

      // Coaching totals of the programme's active start-ups.
      const held = {
        organisationId: org,
        status: { in: ["LOGGED" as const, "CONFIRMED" as const] },
        startsAt: { lte: NOW },
        enrolment: { programmeId },
      };
      const heldTotals = await db.coachingSession.aggregate({
        where: held,
        _count: { _all: true },
        _sum: { durationMinutes: true },
      });
      expect(r.coaching).toMatchObject({
        heldSessions: heldTotals._count._all,
        heldMinutes: heldTotals._sum.durationMinutes,
        sessionsThisQuarter: await db.coachingSession.count({
          where: {
            ...held,
            startsAt: { gte: HK_PERIOD_START, lte: NOW },
            enrolment: { programmeId, status: "ACTIVE" },
          },
        }),
        activeStartups: 2,
        quietStartups: 1,
        mentoredStartups: await db.enrolment.count({
          where: {
            organisationId: org,
            programmeId,
            status: "ACTIVE",
            mentorAssignments: { some: { status: "ACTIVE" } },
          },
        }),
      });
      expect(r.coaching.heldSessions).toBe(6); // 4 of the coached start-up, 1 quiet, 1 withdrawn

      // Budget: this programme's grant and buckets only, exact cents.
      const grants = await db.grant.findMany({
        where: { organisationId: org, enrolment: { programmeId } },
        select: {
          approvedTotalCents: true,
          disbursements: { select: { status: true, amountCents: true } },
        },
      });
      const tranches = grants.flatMap((grant) => grant.disbursements);
      const sum = (statuses: string[]) =>
        tranches
          .filter((t) => statuses.includes(t.status))
          .reduce((total, t) => total + t.amountCents, 0n);
      expect(r.budget).toMatchObject({
        programmeId,
        grantCount: grants.length,
        awardedCents: grants.reduce((total, grant) => total + grant.approvedTotalCents, 0n),
        paidCents: sum(["PAID"]),
        committedCents: sum(["APPROVED", "FINANCE_APPROVED"]),
      });
      expect(r.buckets.every((bucket) => bucket.programmeId === programmeId)).toBe(true);
      expect(r.buckets.reduce((total, bucket) => total + bucket.paidCents, 0n)).toBe(sum(["PAID"]));

      // Another operator's programme is not found, even by id.
      const foreign = await runWithTenant(
        { userId: world.officer.user.id, organisationId: org },
        () => getProgrammeReport(org, other.programme.id, NOW),
      );
      expect(foreign).toBeNull();
    },
    WORLD_TIMEOUT,
  );

  it(
    "opens for officers, admins and finance; 404 for other roles and other operators",
    async () => {
      const world = await buildOperatorDashboardData();
      const other = await buildOperatorDashboardData();
      const { operator, programme } = world;
      for (const member of [world.officer, world.admin, world.finance]) {
        const element = await openReport(member.user.id, operator.slug, operator.id, programme.id);
        expect(reportOf(element).programme.id).toBe(programme.id);
      }
      for (const role of ["MENTOR", "EXTERNAL_REVIEWER"] as const) {
        const member = await createMember(testDb(), { organisationId: operator.id, role });
        await expect(
          openReport(member.user.id, operator.slug, operator.id, programme.id),
        ).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
      }
      // An officer of the other operator: its own slug with this programme's id, or this slug.
      await expect(
        openReport(other.officer.user.id, other.operator.slug, other.operator.id, programme.id),
      ).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
      await expect(
        openReport(other.officer.user.id, operator.slug, other.operator.id, programme.id),
      ).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    },
    WORLD_TIMEOUT,
  );
});
