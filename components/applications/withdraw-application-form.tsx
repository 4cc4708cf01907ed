"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { withdrawApplication } from "@/lib/actions/applications/withdraw-application";
import { withdrawApplicationSchema } from "@/lib/schemas/applications";

/** Withdraw with a reason; folded away until asked for, since it cannot be undone. */
export function WithdrawApplicationForm({
  organisation,
  applicationId,
}: {
  organisation: string;
  applicationId: string;
}) {
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(withdrawApplication);

  if (!isOpen) {
    return (
      <Button variant="secondary" onClick={() => setIsOpen(true)}>
        Withdraw application
      </Button>
    );
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = withdrawApplicationSchema.safeParse({ organisation, applicationId, reason });
    if (!input.success) {
      setError(input.error.issues[0]?.message ?? "Give a reason.");
      return;
    }
    setError(null);
    try {
      const result = await executeAsync(input.data);
      if (!result.data) {
        setError(describeActionError(result));
        return;
      }
      router.refresh();
    } catch {
      setError(UNREACHABLE_MESSAGE);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Withdraw application" className="space-y-3">
      <label htmlFor="withdraw-reason" className="block text-sm font-medium text-ink-800">
        Why are you withdrawing?
      </label>
      <textarea
        id="withdraw-reason"
        rows={3}
        className={`${inputClassName} h-auto py-2`}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <p className="text-xs text-ink-500">
        The programme office sees this reason. This cannot be undone.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Withdrawing…" : "Withdraw"}
        </Button>
        <Button variant="ghost" onClick={() => setIsOpen(false)}>
          Keep application
        </Button>
      </div>
      <FormMessage>{error}</FormMessage>
    </form>
  );
}
