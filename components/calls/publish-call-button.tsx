"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { publishCall } from "@/lib/actions/calls/publish-call";

/**
 * Publishes the call (or its unpublished changes) after a confirmation, since applicants see it
 * at once; the server checks readiness again.
 */
export function PublishCallButton({
  organisation,
  callId,
  label,
  isDisabled,
  isFirstPublication = true,
}: {
  organisation: string;
  callId: string;
  label: string;
  isDisabled: boolean;
  /** Whether the call has never been published (the dialog says what publishing does). */
  isFirstPublication?: boolean;
}) {
  const t = useTranslations("callsClient.publish");
  const toast = useToast();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { executeAsync } = useAction(publishCall);

  async function publish(): Promise<boolean> {
    setError(null);
    try {
      const result = await executeAsync({ organisation, callId });
      if (!result?.data) {
        setError(describeActionError(result ?? {}) ?? t("notPublished"));
        return true;
      }
      const { formVersion, rubricVersion } = result.data;
      toast({
        title: result.data.isFirstPublication
          ? t("published")
          : formVersion !== null && rubricVersion !== null
            ? t("publishedBoth", { form: formVersion, rubric: rubricVersion })
            : formVersion !== null
              ? t("publishedForm", { form: formVersion })
              : rubricVersion !== null
                ? t("publishedRubric", { rubric: rubricVersion })
                : t("published"),
      });
      router.refresh();
      return true;
    } catch {
      setError(UNREACHABLE_MESSAGE);
      return true;
    }
  }

  return (
    <div className="space-y-3">
      <ConfirmDialog
        trigger={<Button disabled={isDisabled}>{label}</Button>}
        title={isFirstPublication ? t("confirmTitle") : t("confirmChangesTitle")}
        description={isFirstPublication ? t("confirmBody") : t("confirmChangesBody")}
        confirmLabel={t("confirm")}
        onConfirm={publish}
      />
      <FormMessage>{error}</FormMessage>
    </div>
  );
}
