import { Badge } from "@/components/ui/badge";
import { RevokeCoFounderInvitationButton } from "@/components/startups/revoke-co-founder-invitation-button";
import type { PendingInvitationRow } from "@/lib/data/members/list-pending-invitations";
import { formatHkDateTime } from "@/lib/domain/dates";

/** Invitations to the start-up nobody has accepted yet; each can be revoked. */
export function CoFounderInvitationsList({
  organisation,
  invitations,
}: {
  organisation: string;
  invitations: PendingInvitationRow[];
}) {
  return (
    <ul className="divide-y divide-ink-100" aria-label="Pending invitations">
      {invitations.map((invitation) => (
        <li
          key={invitation.id}
          className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:px-5"
        >
          <div className="min-w-0 text-sm">
            <p className="font-medium break-all text-ink-900">{invitation.email}</p>
            <p className="text-ink-500">
              Invited by {invitation.invitedBy.name} ·{" "}
              {invitation.isExpired ? (
                <Badge tone="warning">Link expired</Badge>
              ) : (
                <>link works until {formatHkDateTime(invitation.expiresAt)} HKT</>
              )}
            </p>
          </div>
          <RevokeCoFounderInvitationButton
            organisation={organisation}
            invitationId={invitation.id}
            email={invitation.email}
          />
        </li>
      ))}
    </ul>
  );
}
