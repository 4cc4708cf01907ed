"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { withdrawApplication } from "@/lib/actions/applications/withdraw-application";
import { withdrawApplicationSchema } from "@/lib/schemas/applications";

/**
 * Withdraw with a reason, asked in a confirmation dialog since it cannot be undone; the
 * dialog stays open with the reason while anything is wrong.
 */
export function WithdrawApplicationForm({
  organisation,
  applicationId,
}: {
  organisation: string;
  applicationId: string;
}) {
  const t = useTranslations("applicationsClient.withdraw");
  const toast = useToast();
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const { executeAsync } = useAction(withdrawApplication);

  async function withdraw(): Promise<boolean> {
    const input = withdrawApplicationSchema.safeParse({ organisation, applicationId, reason });
    if (!input.success) {
      setError(t("reasonRequired"));
      return false;
    }
    setError(null);
    try {
      const result = await executeAsync(input.data);
      if (!result.data) {
        setError(describeActionError(result));
        return false;
      }
      toast({ title: t("done") });
      router.refresh();
      return true;
    } catch {
      setError(UNREACHABLE_MESSAGE);
      return false;
    }
  }

  return (
    <ConfirmDialog
      trigger={<Button variant="secondary">{t("open")}</Button>}
      title={t("title")}
      description={t("description")}
      confirmLabel={t("confirm")}
      cancelLabel={t("keep")}
      tone="danger"
      onConfirm={withdraw}
    >
      <label htmlFor="withdraw-reason" className="block text-sm font-medium text-ink-800">
        {t("reason")}
      </label>
      <textarea
        id="withdraw-reason"
        rows={3}
        className={`mt-1 ${inputClassName} h-auto py-2`}
        value={reason}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="mt-2">
        <FormMessage>{error}</FormMessage>
      </div>
    </ConfirmDialog>
  );
}
