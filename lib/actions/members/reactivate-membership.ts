"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { lockMembershipForChange } from "@/lib/data/members/lock-membership-for-change";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { membershipStatusSchema } from "@/lib/schemas/members";

/** Brings a deactivated membership back with the role it had. */
export const reactivateMembership = organisationAction
  .metadata({ name: "reactivate-membership", permission: "member.deactivate" })
  .inputSchema(membershipStatusSchema)
  .action(
    async ({ parsedInput: { membershipId }, ctx: { user, membership, organisation, request } }) => {
      await db.$transaction(async (tx) => {
        const target = await lockMembershipForChange(tx, {
          organisationId: organisation.id,
          actorMembershipId: membership.id,
          targetMembershipId: membershipId,
          permission: "member.deactivate",
        });
        if (target.status !== "DEACTIVATED") {
          throw new AppError("CONFLICT", `${target.user.name} is already active.`);
        }
        await tx.membership.update({ where: { id: target.id }, data: { status: "ACTIVE" } });
        await recordAuditEvent(tx, {
          organisationId: organisation.id,
          actorId: user.id,
          action: "member.reactivate",
          targetType: "Membership",
          targetId: target.id,
          before: { status: "DEACTIVATED" },
          after: { status: "ACTIVE" },
          ...request,
        });
      });
      revalidatePath(`/${organisation.slug}/members`);
      return { membershipId };
    },
  );
