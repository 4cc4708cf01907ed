"use server";

import { revalidatePath } from "next/cache";
import { authenticatedAction } from "@/lib/actions/safe-action";
import { completeInvitation } from "@/lib/data/members/complete-invitation";
import { lockOpenInvitation } from "@/lib/data/members/lock-open-invitation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { acceptInvitationSchema } from "@/lib/schemas/members";

/**
 * The signed-in user accepts an invitation sent to their own email address. A deactivated
 * membership of theirs in that organisation comes back with the invited role.
 */
export const acceptInvitation = authenticatedAction
  .metadata({ name: "accept-invitation" })
  .inputSchema(acceptInvitationSchema)
  .action(async ({ parsedInput: { token }, ctx: { user, request } }) => {
    const now = new Date();
    const accepted = await db.$transaction(async (tx) => {
      const invitation = await lockOpenInvitation(tx, token, now);
      if (invitation.email !== user.email) {
        throw new AppError(
          "FORBIDDEN",
          `This invitation was sent to ${invitation.email}. Sign out, then open the link again and sign in with that address.`,
        );
      }
      const existing = await tx.membership.findUnique({
        where: {
          organisationId_userId: { organisationId: invitation.organisationId, userId: user.id },
        },
        select: { id: true, status: true },
      });
      if (existing?.status === "ACTIVE") {
        throw new AppError(
          "CONFLICT",
          `You are already a member of ${invitation.organisation.name}.`,
        );
      }
      const membership = existing
        ? await tx.membership.update({
            where: { id: existing.id },
            data: { role: invitation.role, status: "ACTIVE" },
            select: { id: true },
          })
        : await tx.membership.create({
            data: {
              organisationId: invitation.organisationId,
              userId: user.id,
              role: invitation.role,
            },
            select: { id: true },
          });
      await completeInvitation(tx, {
        invitation,
        userId: user.id,
        membershipId: membership.id,
        isNewAccount: false,
        now,
        request,
      });
      return { organisationSlug: invitation.organisation.slug };
    });
    revalidatePath(`/${accepted.organisationSlug}/members`);
    return accepted;
  });
