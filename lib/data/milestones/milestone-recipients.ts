import "server-only";
import type { Transaction } from "./transaction";

/**
 * Who hears about a milestone. Row-level security keeps each side's memberships from the
 * other, so the cross-side lists come from SECURITY DEFINER functions that answer only about
 * an enrolment of the transaction's active organisation (docs/decisions/0004-row-level-security.md).
 * Deactivated accounts (they cannot sign in) are left out. `tx` must carry the tenant.
 */

/** The start-up's active members, for the operator running the enrolment. */
export async function listStartupMemberIds(
  tx: Transaction,
  enrolmentId: string,
): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    select m.id
    from app_enrolment_member_ids(${enrolmentId}) as m(id)
    join "User" u on u.id = m.id
    where u."deactivatedAt" is null
    order by m.id`;
  return rows.map((row) => row.id);
}

/** The operator's active programme officers, for the operator or the enrolled start-up. */
export async function listProgrammeOfficerIds(
  tx: Transaction,
  enrolmentId: string,
): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    select m.id
    from app_enrolment_officer_ids(${enrolmentId}) as m(id)
    join "User" u on u.id = m.id
    where u."deactivatedAt" is null
    order by m.id`;
  return rows.map((row) => row.id);
}

/** The mentors assigned to the start-up (active assignments), readable by both sides. */
export async function listAssignedMentorIds(
  tx: Transaction,
  enrolmentId: string,
): Promise<string[]> {
  const assignments = await tx.mentorAssignment.findMany({
    where: { enrolmentId, status: "ACTIVE", mentor: { deactivatedAt: null } },
    select: { mentorId: true },
  });
  return [...new Set(assignments.map((assignment) => assignment.mentorId))];
}
