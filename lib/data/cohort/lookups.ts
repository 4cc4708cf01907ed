import "server-only";
import { AppError } from "@/lib/errors";
import type { Transaction } from "./transaction";

/** The operator's enrolment by id, for an officer's action; NOT_FOUND outside the tenant. */
export async function getOperatorEnrolmentOrThrow(
  tx: Transaction,
  { organisationId, enrolmentId }: { organisationId: string; enrolmentId: string },
) {
  const enrolment = await tx.enrolment.findFirst({
    where: { id: enrolmentId, organisationId },
    select: {
      id: true,
      organisationId: true,
      status: true,
      statusReason: true,
      startsOn: true,
      endsOn: true,
      supportNeeds: true,
      workingLanguages: true,
      programme: { select: { id: true, name: true } },
      startup: { select: { id: true, slug: true, name: true } },
    },
  });
  if (!enrolment) throw new AppError("NOT_FOUND", "That enrolment does not exist.");
  return enrolment;
}

/**
 * The user ids of the enrolled start-up's active members, for the operator running the
 * programme (to notify them, or to name one as an action item's owner). Row-level security
 * keeps a start-up's memberships from the operator, so this asks `app_enrolment_member_ids()`,
 * a SECURITY DEFINER function that answers only for an enrolment of the transaction's active
 * organisation. Deactivated accounts are left out. `tx` must carry the tenant.
 */
export async function listEnrolmentMemberIds(
  tx: Transaction,
  { enrolmentId }: { enrolmentId: string },
): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    select m.id
    from app_enrolment_member_ids(${enrolmentId}) as m(id)
    join "User" u on u.id = m.id
    where u."deactivatedAt" is null
    order by m.id`;
  return rows.map((row) => row.id);
}

/** The enrolled start-up's active members with their names, for owner pickers. */
export async function listEnrolmentMembers(
  tx: Transaction,
  { enrolmentId }: { enrolmentId: string },
): Promise<{ id: string; name: string }[]> {
  const ids = await listEnrolmentMemberIds(tx, { enrolmentId });
  if (ids.length === 0) return [];
  return tx.user.findMany({
    where: { id: { in: ids } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
