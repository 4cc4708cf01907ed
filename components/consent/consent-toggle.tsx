"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { Button } from "@/components/ui/button";
import { grantConsent } from "@/lib/actions/consent/grant-consent";
import { withdrawConsent } from "@/lib/actions/consent/withdraw-consent";
import type { ConsentCategory } from "@/lib/generated/prisma/enums";

/** Share one category with one partner, or stop sharing it (effective at once). */
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
  const router = useRouter();
  const grant = useAction(grantConsent);
  const withdraw = useAction(withdrawConsent);
  const [error, setError] = useState<string | null>(null);
  const isPending = grant.isPending || withdraw.isPending;

  async function toggle() {
    setError(null);
    const input = { organisation, programmeId, partnerId, category };
    try {
      const result = isShared
        ? await withdraw.executeAsync(input)
        : await grant.executeAsync(input);
      if (!result.data) return setError(describeActionError(result));
      router.refresh();
    } catch {
      setError(UNREACHABLE_MESSAGE);
    }
  }

  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button
        variant={isShared ? "secondary" : "primary"}
        size="sm"
        onClick={toggle}
        disabled={isPending}
        aria-label={`${isShared ? "Stop sharing" : "Share"} ${categoryLabel.toLowerCase()} with ${partnerName}`}
      >
        {isPending ? "Saving…" : isShared ? "Stop sharing" : "Share"}
      </Button>
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
