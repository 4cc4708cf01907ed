import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Database } from "@/lib/db-client";

type Transaction = Omit<Database, ITXClientDenyList>;

/**
 * The user ids of the applicant start-up's active members — for the operator the application
 * was made to, e.g. to notify them of a decision. Row-level security keeps a start-up's
 * memberships from the operator, so this asks `app_applicant_member_ids()`, a SECURITY DEFINER
 * function that answers only for an application of the transaction's active organisation
 * (anything else: no one). Accounts that are deactivated (they cannot sign in) are left out.
 * `tx` must carry the tenant: a `db.$transaction` callback's client does.
 */
export async function listApplicantMemberIds(
  tx: Transaction,
  { applicationId }: { applicationId: string },
): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    select m.id
    from app_applicant_member_ids(${applicationId}) as m(id)
    join "User" u on u.id = m.id
    where u."deactivatedAt" is null
    order by m.id`;
  return rows.map((row) => row.id);
}
