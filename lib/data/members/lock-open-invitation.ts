import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Database } from "@/lib/db-client";
import {
  hashInvitationToken,
  isInvitationAcceptable,
  UNUSABLE_INVITATION_MESSAGE,
} from "@/lib/domain/invitations";
import { AppError } from "@/lib/errors";
import { scopeTransactionToInvitation } from "@/lib/tenancy/transaction-settings";

type Transaction = Omit<Database, ITXClientDenyList>;

/**
 * Inside an acceptance transaction: locks the invitation the token opens and returns it, or
 * throws NOT_FOUND when it is unknown, expired, revoked or already accepted. The row lock
 * makes a second, concurrent acceptance of the same link wait and then see ACCEPTED.
 * Holding the token also opens this invitation to row-level security for the rest of the
 * transaction: reading and accepting it, and joining its organisation with its role.
 */
export async function lockOpenInvitation(tx: Transaction, token: string, now: Date = new Date()) {
  const tokenHash = hashInvitationToken(token);
  await scopeTransactionToInvitation(tx, tokenHash);
  await tx.$queryRaw`select "id" from "Invitation" where "tokenHash" = ${tokenHash} for update`;
  const invitation = await tx.invitation.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      email: true,
      role: true,
      status: true,
      expiresAt: true,
      organisationId: true,
      organisation: { select: { slug: true, name: true } },
    },
  });
  if (!invitation || !isInvitationAcceptable(invitation, now)) {
    throw new AppError("NOT_FOUND", UNUSABLE_INVITATION_MESSAGE);
  }
  return invitation;
}
