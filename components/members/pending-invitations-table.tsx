import { Badge } from "@/components/ui/badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { RevokeInvitationButton } from "@/components/members/revoke-invitation-button";
import type { PendingInvitationRow } from "@/lib/data/members/list-pending-invitations";
import { formatHkDateTime } from "@/lib/domain/dates";
import { membershipRoleLabels } from "@/lib/domain/membership-roles";

/** Invitations nobody has accepted yet; a stale one is marked and can be revoked. */
export function PendingInvitationsTable({
  organisation,
  invitations,
}: {
  organisation: string;
  invitations: PendingInvitationRow[];
}) {
  return (
    <Table caption="Pending invitations">
      <TableHead>
        <tr>
          <TableHeaderCell>Email</TableHeaderCell>
          <TableHeaderCell>Role</TableHeaderCell>
          <TableHeaderCell>Invited by</TableHeaderCell>
          <TableHeaderCell>Expires (HKT)</TableHeaderCell>
          {/* relative: keeps the absolutely placed sr-only label inside the scrolling table */}
          <TableHeaderCell align="right" className="relative">
            <span className="sr-only">Actions</span>
          </TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {invitations.map((invitation) => (
          <TableRow key={invitation.id}>
            <TableCell className="font-medium text-ink-900">{invitation.email}</TableCell>
            <TableCell className="whitespace-nowrap">
              {membershipRoleLabels[invitation.role]}
            </TableCell>
            <TableCell>{invitation.invitedBy.name}</TableCell>
            <TableCell className="whitespace-nowrap tabular-nums">
              {invitation.isExpired ? (
                <Badge tone="warning">Expired</Badge>
              ) : (
                formatHkDateTime(invitation.expiresAt)
              )}
            </TableCell>
            <TableCell align="right">
              <RevokeInvitationButton
                organisation={organisation}
                invitationId={invitation.id}
                email={invitation.email}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
