"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { lockMembershipForChange } from "@/lib/data/members/lock-membership-for-change";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { membershipStatusSchema } from "@/lib/schemas/members";

/**
 * Deactivates a membership and ends the person's sessions at once. The row stays, so the
 * audit trail keeps their name; reactivation brings the same membership back.
 */
export const deactivateMembership = organisationAction
  .metadata({ name: "deactivate-membership", permission: "member.deactivate" })
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
        if (target.userId === user.id) {
          throw new AppError(
            "FORBIDDEN",
            "You cannot deactivate yourself. Ask another operator admin to do it.",
          );
        }
        if (target.status !== "ACTIVE") {
          throw new AppError("CONFLICT", `${target.user.name} is already deactivated.`);
        }
        await tx.membership.update({ where: { id: target.id }, data: { status: "DEACTIVATED" } });
        await tx.user.update({
          where: { id: target.userId },
          data: { sessionVersion: { increment: 1 } },
        });
        await recordAuditEvent(tx, {
          organisationId: organisation.id,
          actorId: user.id,
          action: "member.deactivate",
          targetType: "Membership",
          targetId: target.id,
          before: { status: "ACTIVE" },
          after: { status: "DEACTIVATED" },
          ...request,
        });
      });
      revalidatePath(`/${organisation.slug}/members`);
      return { membershipId };
    },
  );
