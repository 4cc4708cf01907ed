"use server";

import { authenticatedAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { db } from "@/lib/db";

/**
 * Ends every session of the signed-in user on every device (this one included) by bumping
 * the session version every request checks. Takes no input.
 */
export const signOutEverywhere = authenticatedAction
  .metadata({ name: "sign-out-everywhere" })
  .action(async ({ ctx: { user, request } }) => {
    await db.$transaction(async (tx) => {
      const updated = await tx.user.update({
        where: { id: user.id },
        data: { sessionVersion: { increment: 1 } },
        select: { sessionVersion: true },
      });
      await recordAuditEvent(tx, {
        organisationId: null,
        actorId: user.id,
        action: "account.sign_out_everywhere",
        targetType: "User",
        targetId: user.id,
        before: { sessionVersion: updated.sessionVersion - 1 },
        after: { sessionVersion: updated.sessionVersion },
        ...request,
      });
    });
    // No revalidatePath: this session has just ended too, so re-rendering the page would only
    // redirect mid-action. The client signs out and lands on the sign-in page instead.
    return { isSignedOutEverywhere: true };
  });
