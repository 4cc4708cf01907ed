"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { Button } from "@/components/ui/button";
import { cancelSession } from "@/lib/actions/coaching/cancel-session";

/** Cancels a scheduled session after a second click. */
export function CancelSessionButton({
  organisation,
  sessionId,
}: {
  organisation: string;
  sessionId: string;
}) {
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(cancelSession);

  async function cancel() {
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
      {isConfirming ? (
        <>
          <Button size="sm" variant="secondary" onClick={cancel} disabled={isPending}>
            {isPending ? "Cancelling…" : "Confirm cancel"}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setIsConfirming(false)}>
            Keep
          </Button>
        </>
      ) : (
        <Button size="sm" variant="ghost" onClick={() => setIsConfirming(true)}>
          Cancel session
        </Button>
      )}
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
