import "server-only";
import { db } from "@/lib/db";
import { startOfHongKongMonth } from "@/lib/domain/dates";

export type FinanceApproverHomeData = Awaited<ReturnType<typeof getFinanceApproverHome>>;

export type ProgrammeFundingTotals = {
  programmeId: string;
  programmeName: string;
  grantCount: number;
  awardedCents: bigint;
  /** Officer- or finance-approved, not yet paid: committed money. */
  approvedCents: bigint;
  paidCents: bigint;
  remainingCents: bigint;
};

/** The finance approver's home: tranches waiting for the second signature, and the money picture. */
export async function getFinanceApproverHome(organisationId: string, now: Date = new Date()) {
  const monthStart = startOfHongKongMonth(now);
  const [awaitingSignature, paidThisMonth, lastPayment, awaitingPayment, grants, disbursementSums] =
    await Promise.all([
      db.disbursement.findMany({
        where: { organisationId, status: "APPROVED" },
        orderBy: [{ approvedAt: "asc" }, { requestedAt: "asc" }],
        select: {
          id: true,
          amountCents: true,
          purpose: true,
          requestedAt: true,
          approvedAt: true,
          bucket: { select: { name: true } },
          requestedBy: { select: { name: true } },
          approvedBy: { select: { name: true } },
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
        where: { organisationId, status: "PAID", paidAt: { gte: monthStart } },
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
      db.grant.findMany({
        where: { organisationId },
        select: {
          id: true,
          approvedTotalCents: true,
          enrolment: { select: { programme: { select: { id: true, name: true } } } },
        },
      }),
      db.disbursement.groupBy({
        by: ["grantId", "status"],
        where: { organisationId, status: { in: ["APPROVED", "FINANCE_APPROVED", "PAID"] } },
        _sum: { amountCents: true },
      }),
    ]);

  const awaitingTotalCents = awaitingSignature.reduce((sum, item) => sum + item.amountCents, 0n);

  return {
    awaitingSignature,
    awaitingTotalCents,
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
    programmeTotals: totalByProgramme(grants, disbursementSums),
  };
}

type GrantRow = {
  id: string;
  approvedTotalCents: bigint;
  enrolment: { programme: { id: string; name: string } };
};
type DisbursementSum = { grantId: string; status: string; _sum: { amountCents: bigint | null } };

function totalByProgramme(grants: GrantRow[], sums: DisbursementSum[]): ProgrammeFundingTotals[] {
  const programmeOfGrant = new Map(grants.map((grant) => [grant.id, grant.enrolment.programme.id]));
  const totals = new Map<string, ProgrammeFundingTotals>();
  for (const grant of grants) {
    const { id, name } = grant.enrolment.programme;
    const entry = totals.get(id) ?? {
      programmeId: id,
      programmeName: name,
      grantCount: 0,
      awardedCents: 0n,
      approvedCents: 0n,
      paidCents: 0n,
      remainingCents: 0n,
    };
    entry.grantCount += 1;
    entry.awardedCents += grant.approvedTotalCents;
    totals.set(id, entry);
  }
  for (const sum of sums) {
    const programmeId = programmeOfGrant.get(sum.grantId);
    const entry = programmeId ? totals.get(programmeId) : undefined;
    if (!entry) continue;
    const amount = sum._sum.amountCents ?? 0n;
    if (sum.status === "PAID") entry.paidCents += amount;
    else entry.approvedCents += amount;
  }
  for (const entry of totals.values()) {
    entry.remainingCents = entry.awardedCents - entry.approvedCents - entry.paidCents;
  }
  return [...totals.values()].sort((a, b) => a.programmeName.localeCompare(b.programmeName));
}
