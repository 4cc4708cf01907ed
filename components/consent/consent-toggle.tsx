"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeActionError } from "@/components/members/action-error";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { grantConsent } from "@/lib/actions/consent/grant-consent";
import { withdrawConsent } from "@/lib/actions/consent/withdraw-consent";
import type { ConsentCategory } from "@/lib/generated/prisma/enums";

/**
 * Share one category with one partner, or stop sharing it (effective at once). Stopping is
 * confirmed first; either result is announced in a toast.
 */
export function ConsentToggle({
  organisation,
  programmeId,
  partnerId,
  partnerName,
  category,
  categoryLabel,
  isShared,
}: {
  organisation: string;
  programmeId: string;
  partnerId: string;
  partnerName: string;
  category: ConsentCategory;
  categoryLabel: string;
  isShared: boolean;
}) {
  const t = useTranslations("sharingClient");
  const toast = useToast();
  const router = useRouter();
  const grant = useAction(grantConsent);
  const withdraw = useAction(withdrawConsent);
  const [error, setError] = useState<string | null>(null);
  const isPending = grant.isPending || withdraw.isPending;
  const names = {
    category: categoryLabel,
    categoryLower: categoryLabel.toLowerCase(),
    partner: partnerName,
  };

  async function toggle() {
    setError(null);
    const input = { organisation, programmeId, partnerId, category };
    try {
      const result = isShared
        ? await withdraw.executeAsync(input)
        : await grant.executeAsync(input);
      if (!result.data) {
        const message = describeActionError(result) ?? t("unreachable");
        setError(message);
        toast({ title: t("failed"), description: message, tone: "error" });
        return;
      }
      toast({
        title: isShared ? t("stoppedToast", names) : t("sharedToast", names),
        tone: "success",
      });
      router.refresh();
    } catch {
      setError(t("unreachable"));
      toast({ title: t("failed"), description: t("unreachable"), tone: "error" });
    }
  }

  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      {isShared ? (
        <ConfirmDialog
          trigger={
            <Button
              variant="secondary"
              size="sm"
              disabled={isPending}
              aria-label={t("stopLabel", names)}
            >
              {isPending ? t("saving") : t("stop")}
            </Button>
          }
          title={t("confirmStopTitle", names)}
          description={t("confirmStopBody", names)}
          confirmLabel={t("stop")}
          tone="danger"
          onConfirm={toggle}
        />
      ) : (
        <Button
          variant="primary"
          size="sm"
          onClick={toggle}
          disabled={isPending}
          aria-label={t("shareLabel", names)}
        >
          {isPending ? t("saving") : t("share")}
        </Button>
      )}
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
