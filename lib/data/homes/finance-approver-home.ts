import "server-only";
import { db } from "@/lib/db";
import { getGrantBudgets } from "@/lib/data/homes/finance-budget";
import { startOfHongKongMonth } from "@/lib/domain/dates";

export type FinanceApproverHomeData = Awaited<ReturnType<typeof getFinanceApproverHome>>;

/** The home shows the oldest tranches of the queue; the full queue is the tranches page. */
const QUEUE_LIMIT = 20;

/**
 * The finance approver's morning question, answered: which tranches wait for the second
 * signature (oldest first), what was paid this Hong Kong month, what waits for payment, and how
 * much of each programme's and bucket's budget remains. Aggregates only; the queue is bounded.
 */
export async function getFinanceApproverHome(organisationId: string, now: Date = new Date()) {
  const monthStart = startOfHongKongMonth(now);
  const [queue, queueTotals, paidThisMonth, lastPayment, awaitingPayment, budgets] =
    await Promise.all([
      db.disbursement.findMany({
        where: { organisationId, status: "APPROVED" },
        orderBy: [{ approvedAt: "asc" }, { requestedAt: "asc" }, { id: "asc" }],
        take: QUEUE_LIMIT,
        select: {
          id: true,
          amountCents: true,
          purpose: true,
          requestedAt: true,
          approvedAt: true,
          bucket: { select: { name: true, nameZh: true } },
          approvedBy: { select: { name: true } },
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
      db.disbursement.aggregate({
        where: { organisationId, status: "APPROVED" },
        _count: { _all: true },
        _sum: { amountCents: true },
      }),
      db.disbursement.aggregate({
        where: { organisationId, status: "PAID", paidAt: { gte: monthStart, lte: now } },
        _count: { _all: true },
        _sum: { amountCents: true },
      }),
      db.disbursement.aggregate({
        where: { organisationId, status: "PAID" },
        _max: { paidAt: true },
      }),
      db.disbursement.aggregate({
        where: { organisationId, status: "FINANCE_APPROVED" },
        _count: { _all: true },
        _sum: { amountCents: true },
      }),
      getGrantBudgets(organisationId),
    ]);

  return {
    queue: {
      items: queue,
      count: queueTotals._count._all,
      totalCents: queueTotals._sum.amountCents ?? 0n,
    },
    paidThisMonth: {
      count: paidThisMonth._count._all,
      totalCents: paidThisMonth._sum.amountCents ?? 0n,
      monthStart,
      lastPaidAt: lastPayment._max.paidAt,
    },
    awaitingPayment: {
      count: awaitingPayment._count._all,
      totalCents: awaitingPayment._sum.amountCents ?? 0n,
    },
    programmeBudgets: budgets.programmes,
    bucketBudgets: budgets.buckets,
    now,
  };
}
