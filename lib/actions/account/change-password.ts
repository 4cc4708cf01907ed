"use server";

import { authenticatedAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { isSignInThrottled, recordSignInFailure } from "@/lib/auth/login-throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { checkPasswordRules } from "@/lib/auth/password-policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changePasswordSchema } from "@/lib/schemas/account";

/**
 * Changes the signed-in user's password after checking the current one, and ends every
 * session of theirs, this one included: the client signs out once this succeeds.
 */
export const changePassword = authenticatedAction
  .metadata({ name: "change-password" })
  .inputSchema(changePasswordSchema)
  .action(async ({ parsedInput: { currentPassword, newPassword }, ctx: { user, request } }) => {
    // A stolen session must not become a way to guess the password: wrong current passwords
    // count against the same limits as failed sign-ins.
    if (await isSignInThrottled(user.email, request.ipAddress)) {
      throw new AppError(
        "RATE_LIMITED",
        "Too many wrong passwords. Wait 15 minutes and try again.",
      );
    }
    const account = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      await recordSignInFailure(user.email, request.ipAddress);
      throw new AppError("INVALID", "Your current password is not correct.");
    }
    const problem = checkPasswordRules(newPassword, { email: user.email, name: user.name });
    if (problem) throw new AppError("INVALID", problem);
    const passwordHash = await hashPassword(newPassword);

    await db.$transaction(async (tx) => {
      const updated = await tx.user.update({
        where: { id: user.id },
        data: { passwordHash, sessionVersion: { increment: 1 } },
        select: { sessionVersion: true },
      });
      await recordAuditEvent(tx, {
        organisationId: null,
        actorId: user.id,
        action: "account.password_change",
        targetType: "User",
        targetId: user.id,
        // Never the hash: the event records that sessions ended, nothing secret.
        after: { sessionVersion: updated.sessionVersion },
        ...request,
      });
    });
    // No revalidatePath: this session has just ended too, so re-rendering the page would only
    // redirect mid-action. The client signs out and lands on the sign-in page instead.
    return { isSignedOutEverywhere: true };
  });
