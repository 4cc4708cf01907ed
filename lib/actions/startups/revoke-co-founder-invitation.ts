"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { revokeInvitationSchema } from "@/lib/schemas/members";

/** A founder revokes a pending invitation to their start-up: its link stops working at once. */
export const revokeCoFounderInvitation = organisationAction
  .metadata({ name: "revoke-co-founder-invitation", permission: "startup_member.invite" })
  .inputSchema(revokeInvitationSchema)
  .action(async ({ parsedInput: { invitationId }, ctx: { user, organisation, request } }) => {
    await db.$transaction(async (tx) => {
      const invitation = await tx.invitation.findFirst({
        where: { id: invitationId, organisationId: organisation.id },
        select: { id: true, email: true, role: true, status: true },
      });
      if (!invitation) throw new AppError("NOT_FOUND", "That invitation does not exist.");
      // Conditional on PENDING so a revoke racing an acceptance cannot undo it.
      const revoked = await tx.invitation.updateMany({
        where: { id: invitation.id, status: "PENDING" },
        data: { status: "REVOKED" },
      });
      if (revoked.count !== 1) {
        throw new AppError(
          "CONFLICT",
          `The invitation to ${invitation.email} is no longer pending.`,
        );
      }
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: "invitation.revoke",
        targetType: "Invitation",
        targetId: invitation.id,
        before: { email: invitation.email, role: invitation.role, status: invitation.status },
        after: { email: invitation.email, role: invitation.role, status: "REVOKED" },
        ...request,
      });
    });
    revalidatePath(`/${organisation.slug}/team`);
    return { invitationId };
  });
