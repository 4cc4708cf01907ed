"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { submitApplication } from "@/lib/actions/applications/submit-application";

/** Submits the reviewed draft; the server re-checks everything and says what is missing. */
export function SubmitApplicationButton({
  organisation,
  applicationId,
  version,
  applicationHref,
  isReady,
}: {
  organisation: string;
  applicationId: string;
  version: number;
  applicationHref: string;
  /** False while the review page lists missing answers: submitting would only repeat them. */
  isReady: boolean;
}) {
  const t = useTranslations("applicationsClient.submit");
  const toast = useToast();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(submitApplication);

  async function submit() {
    setError(null);
    try {
      const result = await executeAsync({ organisation, applicationId, version });
      if (!result.data) {
        setError(describeActionError(result));
        return;
      }
      toast({ title: t("done") });
      router.push(applicationHref);
      router.refresh();
    } catch {
      setError(UNREACHABLE_MESSAGE);
    }
  }

  return (
    <div className="space-y-3">
      <Button onClick={submit} disabled={isPending || !isReady} className="w-full">
        {isPending ? t("submitting") : t("submit")}
      </Button>
      <FormMessage>{error}</FormMessage>
    </div>
  );
}
