import type { DisbursementStatus } from "@/lib/generated/prisma/enums";

/** Where a grant's (or bucket's) money stands, in HKD cents. */
export type MoneyTotals = {
  capCents: bigint;
  /** Requested and waiting for the officer: not yet committed. */
  requestedCents: bigint;
  /** Signed by the officer, or by finance too, and not yet paid: committed. */
  approvedCents: bigint;
  paidCents: bigint;
  /** Cap − approved − paid: what can still be approved. Pending requests are not deducted. */
  remainingCents: bigint;
  /** What a closed grant left undrawn: given back, no longer remaining (see closeOut). */
  releasedCents: bigint;
};

export type TrancheAmount = { status: DisbursementStatus; amountCents: bigint };

/** Adds one tranche to running totals (rejected tranches count for nothing). */
function addTranche(totals: MoneyTotals, tranche: TrancheAmount): void {
  if (tranche.status === "REQUESTED") totals.requestedCents += tranche.amountCents;
  else if (tranche.status === "APPROVED" || tranche.status === "FINANCE_APPROVED")
    totals.approvedCents += tranche.amountCents;
  else if (tranche.status === "PAID") totals.paidCents += tranche.amountCents;
}

/** The totals of one cap from its tranches. */
export function totalsOf(capCents: bigint, tranches: Iterable<TrancheAmount>): MoneyTotals {
  const totals: MoneyTotals = {
    capCents,
    requestedCents: 0n,
    approvedCents: 0n,
    paidCents: 0n,
    remainingCents: 0n,
    releasedCents: 0n,
  };
  for (const tranche of tranches) addTranche(totals, tranche);
  totals.remainingCents = capCents - totals.approvedCents - totals.paidCents;
  return totals;
}

/** Sums several totals (buckets into a grant, grants into a programme). */
export function addTotals(parts: Iterable<MoneyTotals>): MoneyTotals {
  const sum: MoneyTotals = {
    capCents: 0n,
    requestedCents: 0n,
    approvedCents: 0n,
    paidCents: 0n,
    remainingCents: 0n,
    releasedCents: 0n,
  };
  for (const part of parts) {
    sum.capCents += part.capCents;
    sum.requestedCents += part.requestedCents;
    sum.approvedCents += part.approvedCents;
    sum.paidCents += part.paidCents;
    sum.remainingCents += part.remainingCents;
    sum.releasedCents += part.releasedCents;
  }
  return sum;
}

export type BucketTotals<B> = B & { totals: MoneyTotals };

/**
 * Each bucket with its totals, and the grant's: the grant's cap is its approved total (never
 * the sum of bucket caps, which an award may leave below it), and its remaining is the smaller
 * of what the grant and its buckets still allow.
 */
export function grantTotals<B extends { id: string; capCents: bigint }>(
  grantCapCents: bigint,
  buckets: readonly B[],
  tranches: readonly (TrancheAmount & { bucketId: string })[],
): { buckets: BucketTotals<B>[]; totals: MoneyTotals } {
  const withTotals = buckets.map((bucket) => ({
    ...bucket,
    totals: totalsOf(
      bucket.capCents,
      tranches.filter((tranche) => tranche.bucketId === bucket.id),
    ),
  }));
  const grant = totalsOf(grantCapCents, tranches);
  const bucketRemaining = addTotals(withTotals.map((bucket) => bucket.totals)).remainingCents;
  if (bucketRemaining < grant.remainingCents) grant.remainingCents = bucketRemaining;
  return { buckets: withTotals, totals: grant };
}

/**
 * A closed grant's totals: nothing more can be approved, so what it left undrawn is released
 * rather than remaining (a programme's remaining budget counts active grants only).
 */
export function closeOut(totals: MoneyTotals): MoneyTotals {
  return {
    ...totals,
    remainingCents: 0n,
    releasedCents: totals.releasedCents + totals.remainingCents,
  };
}

/** Whether `amountCents` more can be approved in a bucket and its grant; the message says why not. */
export function headroomProblem(
  amountCents: bigint,
  bucket: { name: string; capCents: bigint; committedCents: bigint },
  grant: { capCents: bigint; committedCents: bigint },
  formatMoney: (cents: bigint) => string,
): string | null {
  const bucketLeft = bucket.capCents - bucket.committedCents;
  if (amountCents > bucketLeft) {
    return `${formatMoney(amountCents)} is more than the ${formatMoney(bucketLeft < 0n ? 0n : bucketLeft)} left in ${bucket.name} (cap ${formatMoney(bucket.capCents)}, ${formatMoney(bucket.committedCents)} already approved or paid).`;
  }
  const grantLeft = grant.capCents - grant.committedCents;
  if (amountCents > grantLeft) {
    return `${formatMoney(amountCents)} is more than the ${formatMoney(grantLeft < 0n ? 0n : grantLeft)} left in the grant (total ${formatMoney(grant.capCents)}, ${formatMoney(grant.committedCents)} already approved or paid).`;
  }
  return null;
}
