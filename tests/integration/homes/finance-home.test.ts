import { describe, expect, it } from "vitest";
import { getFinanceApproverHome } from "@/lib/data/homes/finance-approver-home";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { testDb } from "../../setup/test-database";
import { buildOperatorDashboardData, HK_PERIOD_START, NOW } from "./officer-world";

async function financeHomeOf(world: Awaited<ReturnType<typeof buildOperatorDashboardData>>) {
  return runWithTenant({ userId: world.finance.user.id, organisationId: world.operator.id }, () =>
    getFinanceApproverHome(world.operator.id, NOW),
  );
}

// Two operators' worth of rows through the factories take a while on a busy machine.
const WORLD_TIMEOUT = 180_000;

describe("getFinanceApproverHome", () => {
  it(
    "shows the queue, this Hong Kong month's payments and the budgets as the database sums them",
    async () => {
      const world = await buildOperatorDashboardData();
      const other = await buildOperatorDashboardData();
      const db = testDb();
      const org = world.operator.id;
      const home = await financeHomeOf(world);

      // The second-signature queue: officer-approved tranches, oldest approval first.
      const approved = await db.disbursement.aggregate({
        where: { organisationId: org, status: "APPROVED" },
        _count: { _all: true },
        _sum: { amountCents: true },
      });
      expect(home.queue.count).toBe(approved._count._all);
      expect(home.queue.totalCents).toBe(approved._sum.amountCents);
      expect(home.queue.totalCents).toBe(7_000_001n + 3_000_000n);
      expect(home.queue.items.map((item) => item.id)).toEqual([
        world.tranches.approvedOld.id,
        world.tranches.approvedNew.id,
      ]);
      expect(home.queue.items[0]!.grant.enrolment.programme.name).toBe(world.programme.name);

      // Paid this month: from midnight on the 1st in Hong Kong (a payment at 00:00 HKT counts,
      // one a millisecond earlier does not), exact cents.
      expect(home.paidThisMonth.monthStart).toEqual(HK_PERIOD_START);
      const paidThisMonth = await db.disbursement.aggregate({
        where: { organisationId: org, status: "PAID", paidAt: { gte: HK_PERIOD_START, lte: NOW } },
        _count: { _all: true },
        _sum: { amountCents: true },
      });
      expect(home.paidThisMonth.count).toBe(paidThisMonth._count._all);
      expect(home.paidThisMonth.totalCents).toBe(paidThisMonth._sum.amountCents);
      expect([home.paidThisMonth.count, home.paidThisMonth.totalCents]).toEqual([
        2,
        1_000_000n + 2_550_055n,
      ]);

      // Signed by finance, waiting for payment.
      const signed = await db.disbursement.aggregate({
        where: { organisationId: org, status: "FINANCE_APPROVED" },
        _count: { _all: true },
        _sum: { amountCents: true },
      });
      expect(home.awaitingPayment).toEqual({
        count: signed._count._all,
        totalCents: signed._sum.amountCents,
      });

      // Budgets per programme and per bucket.
      for (const programme of [world.programme, world.secondProgramme]) {
        const row = home.programmeBudgets.find((budget) => budget.programmeId === programme.id)!;
        const grants = await db.grant.findMany({
          where: { organisationId: org, enrolment: { programmeId: programme.id } },
          select: {
            approvedTotalCents: true,
            disbursements: { select: { status: true, amountCents: true } },
          },
        });
        const sum = (statuses: string[]) =>
          grants
            .flatMap((grant) => grant.disbursements)
            .filter((tranche) => statuses.includes(tranche.status))
            .reduce((total, tranche) => total + tranche.amountCents, 0n);
        const awarded = grants.reduce((total, grant) => total + grant.approvedTotalCents, 0n);
        expect(row).toMatchObject({
          grantCount: grants.length,
          capCents: programme.fundingCapCents * BigInt(grants.length),
          awardedCents: awarded,
          paidCents: sum(["PAID"]),
          committedCents: sum(["APPROVED", "FINANCE_APPROVED"]),
          remainingCents: awarded - sum(["PAID"]) - sum(["APPROVED", "FINANCE_APPROVED"]),
        });
      }
      const bucketRows = await db.grantBucket.findMany({
        where: { organisationId: org },
        select: {
          code: true,
          capCents: true,
          grant: { select: { enrolment: { select: { programmeId: true } } } },
          disbursements: { select: { status: true, amountCents: true } },
        },
      });
      expect(home.bucketBudgets).toHaveLength(
        new Set(bucketRows.map((row) => `${row.grant.enrolment.programmeId}/${row.code}`)).size,
      );
      for (const bucket of home.bucketBudgets) {
        const rows = bucketRows.filter(
          (row) =>
            row.code === bucket.code && row.grant.enrolment.programmeId === bucket.programmeId,
        );
        const tranches = rows.flatMap((row) => row.disbursements);
        const sum = (statuses: string[]) =>
          tranches
            .filter((tranche) => statuses.includes(tranche.status))
            .reduce((total, tranche) => total + tranche.amountCents, 0n);
        const cap = rows.reduce((total, row) => total + row.capCents, 0n);
        expect(bucket, `${bucket.programmeId}/${bucket.code}`).toMatchObject({
          grantCount: rows.length,
          capCents: cap,
          paidCents: sum(["PAID"]),
          committedCents: sum(["APPROVED", "FINANCE_APPROVED"]),
          remainingCents: cap - sum(["PAID"]) - sum(["APPROVED", "FINANCE_APPROVED"]),
        });
      }

      // Another operator's tranches, payments and programmes are never counted.
      const otherIds = new Set([
        other.tranches.approvedOld.id,
        other.tranches.approvedNew.id,
        other.programme.id,
        other.secondProgramme.id,
      ]);
      expect(home.queue.items.filter((item) => otherIds.has(item.id))).toEqual([]);
      expect(home.programmeBudgets.filter((row) => otherIds.has(row.programmeId))).toEqual([]);
      expect(home.bucketBudgets.filter((row) => otherIds.has(row.programmeId))).toEqual([]);
      const otherHome = await financeHomeOf(other);
      expect(otherHome.paidThisMonth.totalCents).toBe(home.paidThisMonth.totalCents);
      expect(otherHome.queue.count).toBe(home.queue.count);
    },
    WORLD_TIMEOUT,
  );

  it(
    "shows nothing paid for a Hong Kong month without payments, with the last payment date",
    async () => {
      const world = await buildOperatorDashboardData();
      const later = new Date("2026-06-10T04:00:00.000Z");
      const home = await runWithTenant(
        { userId: world.finance.user.id, organisationId: world.operator.id },
        () => getFinanceApproverHome(world.operator.id, later),
      );
      expect(home.paidThisMonth.monthStart).toEqual(new Date("2026-05-31T16:00:00.000Z"));
      const lastPaid = await testDb().disbursement.aggregate({
        where: { organisationId: world.operator.id, status: "PAID" },
        _max: { paidAt: true },
      });
      const paidInJune = await testDb().disbursement.aggregate({
        where: {
          organisationId: world.operator.id,
          status: "PAID",
          paidAt: { gte: new Date("2026-05-31T16:00:00.000Z"), lte: later },
        },
        _count: { _all: true },
      });
      expect(home.paidThisMonth.count).toBe(paidInJune._count._all);
      expect([home.paidThisMonth.count, home.paidThisMonth.totalCents]).toEqual([0, 0n]);
      expect(home.paidThisMonth.lastPaidAt).toEqual(lastPaid._max.paidAt);
    },
    WORLD_TIMEOUT,
  );
});
