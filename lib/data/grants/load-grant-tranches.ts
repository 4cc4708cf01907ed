import "server-only";
import type { DisbursementStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Transaction } from "./transaction";

export type TrancheSum = { bucketId: string; status: DisbursementStatus; amountCents: bigint };

/**
 * The operator's tranche amounts summed per grant, bucket and status (one grouped query rather
 * than every tranche), keyed by grant: what the totals of many grants need.
 */
export async function loadGrantTranches(
  tx: Transaction,
  where: Prisma.DisbursementWhereInput & { organisationId: string },
): Promise<Map<string, TrancheSum[]>> {
  const groups = await tx.disbursement.groupBy({
    by: ["grantId", "bucketId", "status"],
    where,
    _sum: { amountCents: true },
  });
  const byGrant = new Map<string, TrancheSum[]>();
  for (const group of groups) {
    const list = byGrant.get(group.grantId) ?? [];
    list.push({
      bucketId: group.bucketId,
      status: group.status,
      amountCents: group._sum.amountCents ?? 0n,
    });
    byGrant.set(group.grantId, list);
  }
  return byGrant;
}
