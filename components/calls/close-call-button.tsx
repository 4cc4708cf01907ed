"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { Button } from "@/components/ui/button";
import { closeCall } from "@/lib/actions/calls/close-call";

/** Closes an open call now, after a second, explicit confirmation. */
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
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(closeCall);

  async function close() {
    setError(null);
    try {
      const result = await executeAsync({ organisation, callId });
      if (!result?.data) {
        setError(describeActionError(result ?? {}) ?? "Not closed.");
        return;
      }
      setIsConfirming(false);
      router.refresh();
    } catch {
      setError(UNREACHABLE_MESSAGE);
    }
  }

  if (!isConfirming) {
    return (
      <Button variant="secondary" onClick={() => setIsConfirming(true)}>
        Close the call now…
      </Button>
    );
  }
  return (
    <div className="space-y-3 rounded-md border border-red-200 bg-red-50 p-3">
      <p className="text-sm text-red-900">
        Close now? No new application can start or be submitted.
        {draftCount > 0
          ? ` ${draftCount} application${draftCount === 1 ? " is" : "s are"} still in draft and will not be able to submit.`
          : ""}{" "}
        This cannot be undone here.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={close} disabled={isPending} className="bg-red-700 hover:bg-red-800">
          {isPending ? "Closing…" : "Yes, close the call"}
        </Button>
        <Button variant="ghost" onClick={() => setIsConfirming(false)}>
          Keep it open
        </Button>
      </div>
      <FormMessage>{error}</FormMessage>
    </div>
  );
}
