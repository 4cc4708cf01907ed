import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Database } from "@/lib/db-client";

type Transaction = Omit<Database, ITXClientDenyList>;

/**
 * Whether the reviewer is an active member of the start-up that made the application. The
 * operator cannot read the start-up's memberships (row-level security), so this asks
 * `app_is_member_of_applicant()`, a SECURITY DEFINER function that answers only for an
 * application of the transaction's active organisation (false otherwise). `tx` must carry the
 * tenant: a `db.$transaction` callback's client does.
 */
export async function isReviewerLinkedToApplicant(
  tx: Transaction,
  { applicationId, reviewerId }: { applicationId: string; reviewerId: string },
): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ linked: boolean }[]>`
    select app_is_member_of_applicant(${applicationId}, ${reviewerId}) as linked`;
  return row?.linked === true;
}
