import "server-only";
import { db } from "@/lib/db";
import { addTotals, closeOut, grantTotals } from "@/lib/domain/disbursement-totals";
import { bucketOrder, bucketSelect } from "./bucket-select";
import { loadGrantTranches } from "./load-grant-tranches";
import { READ_TRANSACTION } from "./money-transaction";

export type ProgrammeBudgetDetail = NonNullable<Awaited<ReturnType<typeof getProgrammeBudget>>>;

/**
 * One programme's money for officers and finance: every grant (start-up, status, awarded,
 * requested, approved, paid, remaining, per bucket too) and the programme's totals; null for
 * another operator's programme. The CSV export reads the same.
 */
export async function getProgrammeBudget(organisationId: string, programmeId: string) {
  const result = await db.$transaction(async (tx) => {
    const programme = await tx.programme.findFirst({
      where: { id: programmeId, organisationId },
      select: {
        id: true,
        slug: true,
        name: true,
        nameZh: true,
        fundingCapCents: true,
        fundingBuckets: { orderBy: { position: "asc" }, select: { code: true, name: true } },
      },
    });
    if (!programme) return null;
    const grants = await tx.grant.findMany({
      where: { organisationId, enrolment: { programmeId } },
      select: {
        id: true,
        status: true,
        approvedTotalCents: true,
        awardedAt: true,
        enrolment: {
          select: {
            status: true,
            startup: { select: { name: true, nameZh: true } },
          },
        },
        buckets: { orderBy: bucketOrder, select: bucketSelect },
      },
    });
    const tranches = await loadGrantTranches(tx, {
      organisationId,
      grant: { enrolment: { programmeId } },
    });
    return { programme, grants, tranches };
  }, READ_TRANSACTION);
  if (!result) return null;
  const grants = result.grants
    .map((grant) => {
      const totals = grantTotals(
        grant.approvedTotalCents,
        grant.buckets,
        result.tranches.get(grant.id) ?? [],
      );
      const isClosed = grant.status === "CLOSED";
      return {
        ...grant,
        buckets: isClosed
          ? totals.buckets.map((bucket) => ({ ...bucket, totals: closeOut(bucket.totals) }))
          : totals.buckets,
        totals: isClosed ? closeOut(totals.totals) : totals.totals,
      };
    })
    .sort((a, b) => a.enrolment.startup.name.localeCompare(b.enrolment.startup.name));
  return {
    programme: result.programme,
    grants,
    totals: addTotals(grants.map((grant) => grant.totals)),
  };
}
