import { getTranslations } from "next-intl/server";
import { RevokeInvitationButton } from "@/components/members/revoke-invitation-button";
import { Badge } from "@/components/ui/badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { getFormat } from "@/i18n/format";
import type { PendingInvitationRow } from "@/lib/data/members/list-pending-invitations";

/**
 * Invitations nobody has accepted yet; a stale one is marked and can be revoked. Below `md`
 * the role, inviter and expiry fold under the email.
 */
export async function PendingInvitationsTable({
  organisation,
  invitations,
}: {
  organisation: string;
  invitations: PendingInvitationRow[];
}) {
  const t = await getTranslations("members");
  const roleLabel = await getTranslations("roles");
  const f = await getFormat();
  return (
    <Table caption={t("invitations.title")}>
      <TableHead>
        <tr>
          <TableHeaderCell>{t("invitations.email")}</TableHeaderCell>
          <TableHeaderCell className="hidden md:table-cell">{t("table.role")}</TableHeaderCell>
          <TableHeaderCell className="hidden md:table-cell">
            {t("invitations.invitedBy")}
          </TableHeaderCell>
          <TableHeaderCell className="hidden md:table-cell">
            {t("invitations.expires")}
          </TableHeaderCell>
          {/* relative: keeps the absolutely placed sr-only label inside the table */}
          <TableHeaderCell align="right" className="relative">
            <span className="sr-only">{t("table.actions")}</span>
          </TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {invitations.map((invitation) => {
          const expiry = invitation.isExpired ? (
            <Badge tone="warning">{t("invitations.expired")}</Badge>
          ) : (
            f.dateTime(invitation.expiresAt)
          );
          return (
            <TableRow key={invitation.id}>
              <TableCell className="font-medium break-all text-ink-900">
                {invitation.email}
                <span className="mt-1 block text-xs font-normal text-ink-500 md:hidden">
                  {roleLabel(invitation.role)} ·{" "}
                  {t("invitations.invitedByShort", { name: invitation.invitedBy.name })}
                </span>
                <span className="mt-1 block text-xs font-normal text-ink-500 md:hidden">
                  {expiry}
                </span>
              </TableCell>
              <TableCell className="hidden whitespace-nowrap md:table-cell">
                {roleLabel(invitation.role)}
              </TableCell>
              <TableCell className="hidden md:table-cell">{invitation.invitedBy.name}</TableCell>
              <TableCell className="hidden whitespace-nowrap tabular-nums md:table-cell">
                {expiry}
              </TableCell>
              <TableCell align="right">
                <RevokeInvitationButton
                  organisation={organisation}
                  invitationId={invitation.id}
                  email={invitation.email}
                />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
