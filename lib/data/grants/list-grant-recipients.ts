import "server-only";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import type { Transaction } from "./transaction";

/**
 * For the operator: the active members of the start-up holding the grant, to tell them about
 * their tranches. Row-level security hides a start-up's memberships from the operator, so this
 * asks `app_grant_startup_member_ids()` (SECURITY DEFINER, answers only for a grant of the
 * transaction's organisation; migration `grant_money_invariants`).
 */
export async function listGrantStartupMemberIds(
  tx: Transaction,
  grantId: string,
): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    select m.id from app_grant_startup_member_ids(${grantId}) as m(id)`;
  return rows.map((row) => row.id);
}

/**
 * For the start-up: the active programme officers of the operator that awarded the grant,
 * through `app_grant_officer_ids()` (answers only for a grant of the start-up's own).
 */
export async function listGrantOfficerIds(tx: Transaction, grantId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    select m.id from app_grant_officer_ids(${grantId}) as m(id)`;
  return rows.map((row) => row.id);
}

/** For the operator: its own active members in a role (finance approvers, officers). */
export async function listOperatorMemberIds(
  tx: Transaction,
  { organisationId, role }: { organisationId: string; role: MembershipRole },
): Promise<string[]> {
  const members = await tx.membership.findMany({
    where: { organisationId, role, status: "ACTIVE", user: { deactivatedAt: null } },
    select: { userId: true },
    orderBy: { userId: "asc" },
  });
  return members.map((member) => member.userId);
}
