import "server-only";
import type { Transaction } from "./transaction";

/**
 * Inside an approval transaction, as its last reads: locks the grant row, then the bucket row
 * (always in that order, as the database's own cap check does, so approvals cannot deadlock;
 * the bucket is locked by bumping its version), then sums what is already committed in both.
 * Concurrent approvals on one grant queue on the grant's lock, and the sum is a new statement
 * read once the lock is held, so it includes every approval committed before: two officers
 * approving the last HK$100,000 at once cannot both succeed. Keep the work between this call
 * and the commit short: every other approval on the grant waits for it.
 */
export async function lockGrantForApproval(
  tx: Transaction,
  { grantId, bucketId }: { grantId: string; bucketId: string },
): Promise<{ grantCommittedCents: bigint; bucketCommittedCents: bigint }> {
  // One statement: the sub-select locks the grant before the update locks the bucket.
  await tx.$executeRaw`
    update "GrantBucket" set version = version + 1
    where id = ${bucketId}
      and "grantId" = (select g.id from "Grant" g where g.id = ${grantId} for update)`;
  const [sums] = await tx.$queryRaw<{ grant_cents: bigint; bucket_cents: bigint }[]>`
    select coalesce(sum("amountCents"), 0)::bigint as grant_cents,
           coalesce(sum("amountCents") filter (where "bucketId" = ${bucketId}), 0)::bigint as bucket_cents
    from "Disbursement"
    where "grantId" = ${grantId} and status in ('APPROVED', 'FINANCE_APPROVED', 'PAID')`;
  return {
    grantCommittedCents: BigInt(sums?.grant_cents ?? 0n),
    bucketCommittedCents: BigInt(sums?.bucket_cents ?? 0n),
  };
}
