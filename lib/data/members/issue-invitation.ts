import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import { recordAuditEvent } from "@/lib/audit";
import type { Database } from "@/lib/db-client";
import {
  generateInvitationToken,
  hashInvitationToken,
  invitationExpiresAt,
  isInvitationAcceptable,
} from "@/lib/domain/invitations";
import { AppError } from "@/lib/errors";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import type { RequestContext } from "@/lib/request-context";

type Transaction = Omit<Database, ITXClientDenyList>;

/**
 * Inside a transaction: issues an invitation of `email` into the organisation with `role` and
 * records `auditAction`. Refuses (CONFLICT) an active member and an address with a live link;
 * stale links to the same address are marked EXPIRED. Returns the token once: only its hash is
 * stored. The same rules as lib/actions/members/invite-member.ts, for other inviters.
 */
export async function issueInvitation(
  tx: Transaction,
  options: {
    organisation: { id: string; name: string };
    email: string;
    role: MembershipRole;
    invitedById: string;
    auditAction: string;
    request: RequestContext;
    now?: Date;
  },
) {
  const { organisation, email, role } = options;
  const now = options.now ?? new Date();
  const token = generateInvitationToken();
  // Serialises invitations to one address in one organisation, so two people clicking at once
  // cannot leave two live links for the same person.
  const lockKey = `invitation:${organisation.id}:${email}`;
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`;

  const activeMembership = await tx.membership.findFirst({
    where: { organisationId: organisation.id, status: "ACTIVE", user: { email } },
    select: { id: true },
  });
  if (activeMembership) {
    throw new AppError("CONFLICT", `${email} is already a member of ${organisation.name}.`);
  }
  const pending = await tx.invitation.findMany({
    where: { organisationId: organisation.id, email, status: "PENDING" },
    select: { id: true, status: true, expiresAt: true },
  });
  if (pending.some((existing) => isInvitationAcceptable(existing, now))) {
    throw new AppError(
      "CONFLICT",
      `${email} already has a pending invitation. Revoke it to send a new link.`,
    );
  }
  if (pending.length > 0) {
    await tx.invitation.updateMany({
      where: { id: { in: pending.map((existing) => existing.id) } },
      data: { status: "EXPIRED" },
    });
  }

  const invitation = await tx.invitation.create({
    data: {
      organisationId: organisation.id,
      email,
      role,
      tokenHash: hashInvitationToken(token),
      expiresAt: invitationExpiresAt(now),
      invitedById: options.invitedById,
    },
    select: { id: true, email: true, role: true, expiresAt: true },
  });
  await recordAuditEvent(tx, {
    organisationId: organisation.id,
    actorId: options.invitedById,
    action: options.auditAction,
    targetType: "Invitation",
    targetId: invitation.id,
    after: { email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt },
    ...options.request,
  });
  return { invitation, token };
}
