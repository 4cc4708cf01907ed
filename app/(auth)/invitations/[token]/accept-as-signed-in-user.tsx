"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { describeActionError } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { Button } from "@/components/ui/button";
import { acceptInvitation } from "@/lib/actions/members/accept-invitation";

/** One button for the invitee who is already signed in with the invited address. */
export function AcceptAsSignedInUser({
  token,
  organisationName,
}: {
  token: string;
  organisationName: string;
}) {
  const t = useTranslations("authClient");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { executeAsync, isPending, hasSucceeded } = useAction(acceptInvitation);

  async function accept() {
    setError(null);
    try {
      const result = await executeAsync({ token });
      if (!result.data) {
        setError(describeActionError(result));
        return;
      }
      router.replace(`/${result.data.organisationSlug}`);
      router.refresh();
    } catch {
      setError(t("unreachable"));
    }
  }

  return (
    <div className="space-y-3">
      <FormMessage>{error}</FormMessage>
      <Button className="w-full" disabled={isPending || hasSucceeded} onClick={() => void accept()}>
        {isPending || hasSucceeded ? t("joining") : t("join", { organisation: organisationName })}
      </Button>
    </div>
  );
}
