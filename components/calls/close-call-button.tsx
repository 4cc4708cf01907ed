"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { closeCall } from "@/lib/actions/calls/close-call";

/** Closes an open call now, after an explicit confirmation that says what it stops. */
export function CloseCallButton({
  organisation,
  callId,
  draftCount,
}: {
  organisation: string;
  callId: string;
  /** Applications started but not submitted: they can no longer be submitted once closed. */
  draftCount: number;
}) {
  const t = useTranslations("callsClient.close");
  const toast = useToast();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { executeAsync } = useAction(closeCall);

  async function close(): Promise<boolean> {
    setError(null);
    try {
      const result = await executeAsync({ organisation, callId });
      if (!result?.data) {
        setError(describeActionError(result ?? {}) ?? t("notClosed"));
        return true;
      }
      toast({ title: t("closed") });
      router.refresh();
      return true;
    } catch {
      setError(UNREACHABLE_MESSAGE);
      return true;
    }
  }

  return (
    <div className="space-y-3">
      <ConfirmDialog
        trigger={<Button variant="secondary">{t("open")}</Button>}
        title={t("title")}
        description={
          <>
            {t("body")}
            {draftCount > 0 ? ` ${t("drafts", { count: draftCount })}` : ""} {t("undone")}
          </>
        }
        confirmLabel={t("confirm")}
        cancelLabel={t("keepOpen")}
        tone="danger"
        onConfirm={close}
      />
      <FormMessage>{error}</FormMessage>
    </div>
  );
}
