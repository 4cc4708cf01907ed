import "server-only";
import { AppError } from "@/lib/errors";
import type { Transaction } from "./transaction";

/**
 * The tranche an earlier submission of the same form recorded, if any. The key is the form's:
 * if the row under it is not this start-up's request of the same grant, bucket, amount and
 * purpose (the form was edited after a submission that did go through), CONFLICT says so
 * instead of silently returning a different request.
 */
export async function findDisbursementByKey(
  tx: Transaction,
  key: { organisationId: string; idempotencyKey: string },
  expected: { grantId: string; bucketId: string; amount: bigint; purpose: string },
): Promise<{ id: string } | null> {
  const existing = await tx.disbursement.findFirst({
    where: key,
    select: { id: true, grantId: true, bucketId: true, amountCents: true, purpose: true },
  });
  if (!existing) return null;
  const isSame =
    existing.grantId === expected.grantId &&
    existing.bucketId === expected.bucketId &&
    existing.amountCents === expected.amount &&
    existing.purpose === expected.purpose;
  if (!isSame) throw alreadyUsed();
  return { id: existing.id };
}

/** The form's key is taken by a request this start-up cannot use (edited form, or not its own). */
export function alreadyUsed(): AppError {
  return new AppError(
    "CONFLICT",
    "This form was already sent as another request. Reload the page to see your requests, then fill in a new form.",
  );
}
