"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { describeActionError } from "@/components/members/action-error";
import { buttonClassName } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { cancelSession } from "@/lib/actions/coaching/cancel-session";

/** Cancels a scheduled session after a confirmation dialog; the start-up is told. */
export function CancelSessionButton({
  organisation,
  sessionId,
  when,
  startupName,
}: {
  organisation: string;
  sessionId: string;
  /** The session's date and time, as shown on the page. */
  when: string;
  startupName: string;
}) {
  const t = useTranslations("coachingClient");
  const router = useRouter();
  const toast = useToast();
  const { executeAsync } = useAction(cancelSession);

  async function cancel() {
    try {
      const result = await executeAsync({ organisation, sessionId });
      if (!result.data) {
        toast({
          title: t("cancel.failed"),
          description: describeActionError(result) ?? "",
          tone: "error",
        });
        return;
      }
      toast({ title: t("cancel.done", { when }), tone: "success" });
      router.refresh();
    } catch {
      toast({ title: t("cancel.failed"), description: t("unreachable"), tone: "error" });
    }
  }

  return (
    <ConfirmDialog
      tone="danger"
      title={t("cancel.confirmTitle", { when })}
      description={t("cancel.confirmBody", { startup: startupName })}
      confirmLabel={t("cancel.confirm")}
      cancelLabel={t("cancel.keep")}
      onConfirm={cancel}
      trigger={
        <button type="button" className={buttonClassName({ variant: "ghost", size: "sm" })}>
          {t("cancel.button")}
        </button>
      }
    />
  );
}
