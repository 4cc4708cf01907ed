"use client";

import { signOut } from "next-auth/react";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { describeActionError } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { signOutEverywhere } from "@/lib/actions/account/sign-out-everywhere";

/** Ends every session of this account, after a confirmation dialog. */
export function SignOutEverywhereButton() {
  const t = useTranslations("accountClient");
  const [error, setError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(signOutEverywhere);

  async function confirm(): Promise<boolean> {
    setError(null);
    try {
      const message = describeActionError(await executeAsync());
      if (message) {
        setError(message);
        return false;
      }
      await signOut({ callbackUrl: "/sign-in" });
      return true;
    } catch {
      setError(t("unreachable"));
      return false;
    }
  }

  return (
    <div className="space-y-3">
      <ConfirmDialog
        trigger={
          <Button variant="secondary" disabled={isPending} onClick={() => setError(null)}>
            {t("signOutEverywhere")}
          </Button>
        }
        title={t("signOutEverywhereTitle")}
        description={t("signOutEverywhereBody")}
        confirmLabel={t("signOutEverywhereConfirm")}
        tone="danger"
        onConfirm={confirm}
      >
        <FormMessage>{error}</FormMessage>
      </ConfirmDialog>
    </div>
  );
}
