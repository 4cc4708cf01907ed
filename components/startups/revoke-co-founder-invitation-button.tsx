"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { Button } from "@/components/ui/button";
import { revokeCoFounderInvitation } from "@/lib/actions/startups/revoke-co-founder-invitation";

/** Revokes one pending invitation to the start-up; its link stops working at once. */
export function RevokeCoFounderInvitationButton({
  organisation,
  invitationId,
  email,
}: {
  organisation: string;
  invitationId: string;
  email: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(revokeCoFounderInvitation);

  async function revoke() {
    setError(null);
    try {
      setError(describeActionError(await executeAsync({ organisation, invitationId })));
    } catch {
      setError(UNREACHABLE_MESSAGE);
    }
  }

  return (
    <div className="space-y-2">
      <Button
        size="sm"
        variant="secondary"
        disabled={isPending}
        aria-label={`Revoke the invitation to ${email}`}
        onClick={() => void revoke()}
      >
        {isPending ? "Revoking…" : "Revoke"}
      </Button>
      <FormMessage>{error}</FormMessage>
    </div>
  );
}
