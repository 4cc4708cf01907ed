"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { shortlistApplication } from "@/lib/actions/decisions/shortlist-application";

/** Moves one application in review onto the shortlist. */
export function ShortlistButton({
  organisation,
  applicationId,
  reference,
}: {
  organisation: string;
  applicationId: string;
  reference: string;
}) {
  const t = useTranslations("reviewsClient.shortlist");
  const toast = useToast();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(shortlistApplication);

  async function shortlist() {
    setError(null);
    try {
      const result = await executeAsync({ organisation, applicationId });
      const problem = describeActionError(result);
      if (problem) return setError(problem);
      toast({ title: t("done", { reference }) });
      router.refresh();
    } catch {
      setError(UNREACHABLE_MESSAGE);
    }
  }

  return (
    <div className="space-y-2">
      <Button
        size="sm"
        disabled={isPending}
        aria-label={t("label", { reference })}
        onClick={() => void shortlist()}
      >
        {isPending ? t("pending") : t("button")}
      </Button>
      <FormMessage>{error}</FormMessage>
    </div>
  );
}
