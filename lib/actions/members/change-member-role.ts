"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { lockMembershipForChange } from "@/lib/data/members/lock-membership-for-change";
import { db } from "@/lib/db";
import { isRoleAssignable } from "@/lib/domain/invitations";
import { membershipRoleLabels } from "@/lib/domain/membership-roles";
import { AppError } from "@/lib/errors";
import { changeMemberRoleSchema } from "@/lib/schemas/members";

/**
 * Gives a member another role. Their sessions end at once (session version bump), so the
 * new role applies from their next sign-in and no open tab keeps acting with the old one.
 */
export const changeMemberRole = organisationAction
  .metadata({ name: "change-member-role", permission: "member.change_role" })
  .inputSchema(changeMemberRoleSchema)
  .action(
    async ({
      parsedInput: { membershipId, role },
      ctx: { user, membership, organisation, request },
    }) => {
      if (!isRoleAssignable(organisation.kind, role)) {
        throw new AppError(
          "INVALID",
          `${membershipRoleLabels[role]} is not a role in ${organisation.name}.`,
        );
      }
      await db.$transaction(async (tx) => {
        const target = await lockMembershipForChange(tx, {
          organisationId: organisation.id,
          actorMembershipId: membership.id,
          targetMembershipId: membershipId,
          permission: "member.change_role",
        });
        if (target.userId === user.id) {
          throw new AppError(
            "FORBIDDEN",
            "You cannot change your own role. Ask another operator admin to do it.",
          );
        }
        if (target.status !== "ACTIVE") {
          throw new AppError(
            "CONFLICT",
            `Reactivate ${target.user.name} before changing their role.`,
          );
        }
        if (target.role === role) {
          throw new AppError(
            "CONFLICT",
            `${target.user.name} already has the ${membershipRoleLabels[role]} role.`,
          );
        }
        await tx.membership.update({ where: { id: target.id }, data: { role } });
        await tx.user.update({
          where: { id: target.userId },
          data: { sessionVersion: { increment: 1 } },
        });
        await recordAuditEvent(tx, {
          organisationId: organisation.id,
          actorId: user.id,
          action: "member.change_role",
          targetType: "Membership",
          targetId: target.id,
          before: { role: target.role },
          after: { role },
          ...request,
        });
      });
      revalidatePath(`/${organisation.slug}/members`);
      return { membershipId, role };
    },
  );
