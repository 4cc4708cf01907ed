"use client";

import { signOut } from "next-auth/react";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { Button } from "@/components/ui/button";
import { signOutEverywhere } from "@/lib/actions/account/sign-out-everywhere";

/** Ends every session of this account, asking once before it does. */
export function SignOutEverywhereButton() {
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(signOutEverywhere);

  async function confirm() {
    setError(null);
    try {
      const result = await executeAsync();
      const message = describeActionError(result);
      if (message) {
        setError(message);
        return;
      }
      await signOut({ callbackUrl: "/sign-in" });
    } catch {
      setError(UNREACHABLE_MESSAGE);
    }
  }

  return (
    <div className="space-y-3">
      {isConfirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <p className="text-sm text-ink-700">Sign out on every device, including this one?</p>
          <Button
            size="sm"
            className="bg-red-700 hover:bg-red-800"
            disabled={isPending}
            onClick={() => void confirm()}
          >
            {isPending ? "Signing out…" : "Yes, sign out everywhere"}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            disabled={isPending}
            onClick={() => setIsConfirming(false)}
          >
            Cancel
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setIsConfirming(true)}>
          Sign out everywhere
        </Button>
      )}
      <FormMessage>{error}</FormMessage>
    </div>
  );
}
