"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { Button } from "@/components/ui/button";
import { publishCall } from "@/lib/actions/calls/publish-call";

/** Publishes the call (or its unpublished changes); the server checks readiness again. */
export function PublishCallButton({
  organisation,
  callId,
  label,
  isDisabled,
}: {
  organisation: string;
  callId: string;
  label: string;
  isDisabled: boolean;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const { executeAsync, isPending } = useAction(publishCall);

  async function publish() {
    setMessage(null);
    try {
      const result = await executeAsync({ organisation, callId });
      if (!result?.data) {
        setMessage({ tone: "error", text: describeActionError(result ?? {}) ?? "Not published." });
        return;
      }
      const parts = [
        result.data.formVersion !== null ? `form version ${result.data.formVersion}` : null,
        result.data.rubricVersion !== null ? `rubric version ${result.data.rubricVersion}` : null,
      ].filter(Boolean);
      setMessage({
        tone: "success",
        text: result.data.isFirstPublication
          ? "The call is published."
          : `Published ${parts.join(" and ")}.`,
      });
      router.refresh();
    } catch {
      setMessage({ tone: "error", text: UNREACHABLE_MESSAGE });
    }
  }

  return (
    <div className="space-y-3">
      <Button onClick={publish} disabled={isDisabled || isPending}>
        {isPending ? "Publishing…" : label}
      </Button>
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
    </div>
  );
}
