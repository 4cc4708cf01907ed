import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import { roleCan, type Permission } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

type Transaction = Omit<Database, ITXClientDenyList>;

/**
 * Inside a member-management transaction: locks the acting admin's membership and the
 * target's (in id order, so two admins acting on each other cannot deadlock), re-checks that
 * the actor still holds `permission`, and returns the target scoped to the organisation.
 * The lock is what stops two admins demoting or deactivating each other at the same moment
 * and leaving the organisation with no admin.
 */
export async function lockMembershipForChange(
  tx: Transaction,
  options: {
    organisationId: string;
    actorMembershipId: string;
    targetMembershipId: string;
    permission: Permission;
  },
) {
  const ids = [...new Set([options.actorMembershipId, options.targetMembershipId])].sort();
  await tx.$queryRaw`select "id" from "Membership" where "id" in (${Prisma.join(ids)}) order by "id" for update`;

  const actor = await tx.membership.findFirst({
    where: {
      id: options.actorMembershipId,
      organisationId: options.organisationId,
      status: "ACTIVE",
    },
    select: { role: true },
  });
  if (!actor || !roleCan(actor.role, options.permission)) {
    throw new AppError("FORBIDDEN", "Your role does not allow this action.");
  }

  const target = await tx.membership.findFirst({
    where: { id: options.targetMembershipId, organisationId: options.organisationId },
    select: {
      id: true,
      role: true,
      status: true,
      userId: true,
      user: { select: { name: true, email: true } },
    },
  });
  if (!target) throw new AppError("NOT_FOUND", "That member does not exist.");
  return target;
}
