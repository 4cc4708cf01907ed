import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import { recordAuditEvent } from "@/lib/audit";
import type { Database } from "@/lib/db-client";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import type { RequestContext } from "@/lib/request-context";

type Transaction = Omit<Database, ITXClientDenyList>;

/**
 * Inside an acceptance transaction, after the membership exists: marks the invitation
 * ACCEPTED and writes the acceptance audit event (both acceptance paths end here).
 */
export async function completeInvitation(
  tx: Transaction,
  accepted: {
    invitation: { id: string; organisationId: string; email: string; role: MembershipRole };
    userId: string;
    membershipId: string;
    isNewAccount: boolean;
    now: Date;
    request: RequestContext;
  },
): Promise<void> {
  const { invitation } = accepted;
  await tx.invitation.update({
    where: { id: invitation.id },
    data: { status: "ACCEPTED", acceptedAt: accepted.now },
  });
  await recordAuditEvent(tx, {
    organisationId: invitation.organisationId,
    actorId: accepted.userId,
    action: "invitation.accept",
    targetType: "Invitation",
    targetId: invitation.id,
    before: { status: "PENDING" },
    after: {
      status: "ACCEPTED",
      email: invitation.email,
      role: invitation.role,
      membershipId: accepted.membershipId,
      ...(accepted.isNewAccount ? { isNewAccount: true } : {}),
    },
    ...accepted.request,
  });
}
