"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { describeActionError } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { revokeCoFounderInvitation } from "@/lib/actions/startups/revoke-co-founder-invitation";

/** Revokes one pending invitation to the start-up after a confirmation; its link stops at once. */
export function RevokeCoFounderInvitationButton({
  organisation,
  invitationId,
  email,
}: {
  organisation: string;
  invitationId: string;
  email: string;
}) {
  const t = useTranslations("membersClient");
  const router = useRouter();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(revokeCoFounderInvitation);

  async function revoke(): Promise<boolean> {
    setError(null);
    try {
      const message = describeActionError(await executeAsync({ organisation, invitationId }));
      if (message) {
        setError(message);
        return false;
      }
      toast({ title: t("revoked", { email }), tone: "success" });
      router.refresh();
      return true;
    } catch {
      setError(t("unreachable"));
      return false;
    }
  }

  return (
    <ConfirmDialog
      trigger={
        <Button
          size="sm"
          variant="secondary"
          disabled={isPending}
          aria-label={t("revokeLabel", { email })}
          onClick={() => setError(null)}
        >
          {t("revoke")}
        </Button>
      }
      title={t("revokeTitle", { email })}
      description={t("revokeBody")}
      confirmLabel={t("revoke")}
      tone="danger"
      onConfirm={revoke}
    >
      <FormMessage>{error}</FormMessage>
    </ConfirmDialog>
  );
}
