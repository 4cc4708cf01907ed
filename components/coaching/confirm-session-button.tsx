"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeActionError } from "@/components/members/action-error";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { confirmSession } from "@/lib/actions/coaching/confirm-session";

/** The start-up confirms the session took place; the mentor is told. */
export function ConfirmSessionButton({
  organisation,
  sessionId,
}: {
  organisation: string;
  sessionId: string;
}) {
  const t = useTranslations("coachingClient");
  const toast = useToast();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(confirmSession);

  async function confirm() {
    setError(null);
    try {
      const result = await executeAsync({ organisation, sessionId });
      if (!result.data) return setError(describeActionError(result));
      toast({ title: t("confirm.done"), tone: "success" });
      router.refresh();
    } catch {
      setError(t("unreachable"));
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button size="sm" onClick={confirm} disabled={isPending}>
        {isPending ? t("confirm.working") : t("confirm.button")}
      </Button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
