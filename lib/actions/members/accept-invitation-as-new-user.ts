"use server";

import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { hashPassword } from "@/lib/auth/password";
import { checkPasswordRules } from "@/lib/auth/password-policy";
import { completeInvitation } from "@/lib/data/members/complete-invitation";
import { getOpenInvitationByToken } from "@/lib/data/members/get-invitation-by-token";
import { lockOpenInvitation } from "@/lib/data/members/lock-open-invitation";
import { db } from "@/lib/db";
import { UNUSABLE_INVITATION_MESSAGE } from "@/lib/domain/invitations";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { readRequestContext } from "@/lib/request-context";
import { acceptInvitationAsNewUserSchema } from "@/lib/schemas/members";

/**
 * Someone without an account accepts: the user, the membership and the accepted invitation
 * are written in one transaction. Public (no session): the 256-bit token is the credential.
 * The client signs in with the new password afterwards.
 */
export const acceptInvitationAsNewUser = actionClient
  .metadata({ name: "accept-invitation-as-new-user" })
  .inputSchema(acceptInvitationAsNewUserSchema)
  .action(async ({ parsedInput: { token, name, password } }) => {
    const request = await readRequestContext();
    // Read first, outside the transaction, for the email the password rules need and so the
    // slow argon2 hash is not computed while the invitation row is locked.
    const preview = await getOpenInvitationByToken(token);
    if (!preview) throw new AppError("NOT_FOUND", UNUSABLE_INVITATION_MESSAGE);
    const problem = checkPasswordRules(password, { email: preview.email, name });
    if (problem) throw new AppError("INVALID", problem);
    const passwordHash = await hashPassword(password);
    const now = new Date();

    try {
      const accepted = await db.$transaction(async (tx) => {
        const invitation = await lockOpenInvitation(tx, token, now);
        const existingUser = await tx.user.findUnique({
          where: { email: invitation.email },
          select: { id: true },
        });
        if (existingUser) throw accountExists(invitation.email);
        const user = await tx.user.create({
          data: { email: invitation.email, name, passwordHash },
          select: { id: true },
        });
        const membership = await tx.membership.create({
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
          isNewAccount: true,
          now,
          request,
        });
        return { organisationSlug: invitation.organisation.slug, email: invitation.email };
      });
      revalidatePath(`/${accepted.organisationSlug}/members`);
      return accepted;
    } catch (error) {
      // Another request created the account between our check and the insert.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw accountExists(preview.email);
      }
      throw error;
    }
  });

function accountExists(email: string): AppError {
  return new AppError(
    "CONFLICT",
    `An account for ${email} already exists. Sign in with it to accept.`,
  );
}
