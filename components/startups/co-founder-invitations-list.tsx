import { getTranslations } from "next-intl/server";
import { getFormat } from "@/i18n/format";
import { Badge } from "@/components/ui/badge";
import { RevokeCoFounderInvitationButton } from "@/components/startups/revoke-co-founder-invitation-button";
import type { PendingInvitationRow } from "@/lib/data/members/list-pending-invitations";

/** Invitations to the start-up nobody has accepted yet; each can be revoked. */
export async function CoFounderInvitationsList({
  organisation,
  invitations,
}: {
  organisation: string;
  invitations: PendingInvitationRow[];
}) {
  const t = await getTranslations("team");
  const f = await getFormat();
  return (
    <ul className="divide-y divide-ink-100" aria-label={t("invitations.title")}>
      {invitations.map((invitation) => (
        <li
          key={invitation.id}
          className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:px-5"
        >
          <div className="min-w-0 text-sm">
            <p className="font-medium break-all text-ink-900">{invitation.email}</p>
            <p className="text-ink-500">
              {t("invitations.invitedBy", { name: invitation.invitedBy.name })} ·{" "}
              {invitation.isExpired ? (
                <Badge tone="warning">{t("invitations.expired")}</Badge>
              ) : (
                t("invitations.worksUntil", { when: f.dateTime(invitation.expiresAt) })
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
