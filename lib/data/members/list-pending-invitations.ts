import "server-only";
import { db } from "@/lib/db";
import { effectiveInvitationStatus } from "@/lib/domain/invitations";

export type PendingInvitationRow = Awaited<ReturnType<typeof listPendingInvitations>>[number];

/** Invitations of the organisation not yet accepted or revoked; `isExpired` flags stale links. */
export async function listPendingInvitations(organisationId: string, now: Date = new Date()) {
  const invitations = await db.invitation.findMany({
    where: { organisationId, status: "PENDING" },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      email: true,
      role: true,
      status: true,
      expiresAt: true,
      createdAt: true,
      invitedBy: { select: { name: true } },
    },
  });
  return invitations.map(({ status, ...invitation }) => ({
    ...invitation,
    isExpired:
      effectiveInvitationStatus({ status, expiresAt: invitation.expiresAt }, now) === "EXPIRED",
  }));
}
