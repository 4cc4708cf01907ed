import "server-only";
import { db } from "@/lib/db";
import { hashInvitationToken, isInvitationAcceptable } from "@/lib/domain/invitations";
import { invitationTokenSchema } from "@/lib/schemas/members";
import { scopeTransactionToInvitation } from "@/lib/tenancy/transaction-settings";

export type OpenInvitation = NonNullable<Awaited<ReturnType<typeof getOpenInvitationByToken>>>;

/**
 * The invitation a link's token opens, or null when the token is unknown, expired, revoked
 * or already used (the page shows one message for all four, so a link reveals nothing).
 * Not tenant-scoped: holding the 256-bit token is the authorisation to read it.
 */
export async function getOpenInvitationByToken(token: string, now: Date = new Date()) {
  if (!invitationTokenSchema.safeParse(token).success) return null;
  const tokenHash = hashInvitationToken(token);
  // Row-level security opens the invitation only to a transaction that holds its token.
  const { invitation, account } = await db.$transaction(async (tx) => {
    await scopeTransactionToInvitation(tx, tokenHash);
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash },
      select: {
        id: true,
        email: true,
        role: true,
        status: true,
        expiresAt: true,
        organisation: { select: { slug: true, name: true, nameZh: true, kind: true } },
        invitedBy: { select: { name: true } },
      },
    });
    const account = invitation
      ? await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })
      : null;
    return { invitation, account };
  });
  if (!invitation || !isInvitationAcceptable(invitation, now)) return null;
  return { ...invitation, hasAccount: account !== null };
}
