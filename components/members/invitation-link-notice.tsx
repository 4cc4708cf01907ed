"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useFormat } from "@/i18n/use-format";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

export type IssuedInvitation = {
  email: string;
  role: MembershipRole;
  expiresAt: string;
  link: string;
};

/**
 * The invitation link, shown once: only its hash is stored, so after this panel closes
 * nobody can see the link again (revoke and invite again if it is lost).
 */
export function InvitationLinkNotice({
  invitation,
  onDismiss,
}: {
  invitation: IssuedInvitation;
  onDismiss: () => void;
}) {
  const t = useTranslations("membersClient");
  const roleLabel = useTranslations("roles");
  const f = useFormat();
  const [isCopied, setIsCopied] = useState(false);

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(invitation.link);
      setIsCopied(true);
    } catch {
      setIsCopied(false); // clipboard refused (insecure origin): the field stays selectable
    }
  }

  return (
    <section
      aria-labelledby="invitation-link-title"
      className="rounded-lg border border-brand-200 bg-brand-50 p-4 text-sm text-ink-800"
    >
      <h3 id="invitation-link-title" className="font-semibold text-brand-900">
        {t("linkTitle")}
      </h3>
      <p className="mt-1 text-ink-700">
        {t("linkBody", {
          email: invitation.email,
          role: roleLabel(invitation.role),
          until: f.dateTime(new Date(invitation.expiresAt)),
        })}
      </p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <input
          readOnly
          aria-label={t("linkLabel")}
          value={invitation.link}
          onFocus={(event) => event.currentTarget.select()}
          className="h-9 min-w-0 flex-1 rounded-md border border-brand-200 bg-white px-3 font-mono text-xs text-ink-900"
        />
        <div className="flex gap-2">
          <Button size="sm" onClick={() => void copyLink()}>
            {isCopied ? t("copied") : t("copyLink")}
          </Button>
          <Button size="sm" variant="ghost" onClick={onDismiss}>
            {t("done")}
          </Button>
        </div>
      </div>
    </section>
  );
}
