"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { describeActionError } from "@/components/members/action-error";
import { buttonClassName } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { endMentorAssignment } from "@/lib/actions/mentors/end-mentor-assignment";

/** Ends a mentor's assignment after a confirmation dialog, so a slip does nothing. */
export function EndAssignmentButton({
  organisation,
  assignmentId,
  mentorName,
  startupName,
}: {
  organisation: string;
  assignmentId: string;
  mentorName: string;
  startupName: string;
}) {
  const t = useTranslations("mentorsClient");
  const router = useRouter();
  const toast = useToast();
  const { executeAsync } = useAction(endMentorAssignment);

  async function end() {
    try {
      const result = await executeAsync({ organisation, assignmentId });
      if (!result.data) {
        toast({
          title: t("end.failed"),
          description: describeActionError(result) ?? "",
          tone: "error",
        });
        return;
      }
      toast({
        title: t("end.done", { mentor: mentorName, startup: startupName }),
        tone: "success",
      });
      router.refresh();
    } catch {
      toast({ title: t("end.failed"), description: t("unreachable"), tone: "error" });
    }
  }

  return (
    <ConfirmDialog
      tone="danger"
      title={t("end.confirmTitle", { mentor: mentorName, startup: startupName })}
      description={t("end.confirmBody", { mentor: mentorName })}
      confirmLabel={t("end.confirm")}
      cancelLabel={t("end.keep")}
      onConfirm={end}
      trigger={
        <button
          type="button"
          className={buttonClassName({ variant: "ghost", size: "sm" })}
          aria-label={t("end.label", { mentor: mentorName })}
        >
          {t("end.button")}
        </button>
      }
    />
  );
}
