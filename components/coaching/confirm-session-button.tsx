"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { Button } from "@/components/ui/button";
import { confirmSession } from "@/lib/actions/coaching/confirm-session";

/** The start-up confirms the session took place; the mentor is told. */
export function ConfirmSessionButton({
  organisation,
  sessionId,
}: {
  organisation: string;
  sessionId: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(confirmSession);

  async function confirm() {
    setError(null);
    try {
      const result = await executeAsync({ organisation, sessionId });
      if (!result.data) return setError(describeActionError(result));
      router.refresh();
    } catch {
      setError(UNREACHABLE_MESSAGE);
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button size="sm" onClick={confirm} disabled={isPending}>
        {isPending ? "Confirming…" : "Confirm it took place"}
      </Button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
