"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { Button } from "@/components/ui/button";
import { remindReviewer } from "@/lib/actions/reviews/remind-reviewer";

/** "Remind now": an in-app reminder to a reviewer whose review is still open. */
export function RemindReviewerButton({
  organisation,
  assignmentId,
  reviewerName,
}: {
  organisation: string;
  assignmentId: string;
  reviewerName: string;
}) {
  const t = useTranslations("reviewsClient.remind");
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" } | null>(null);
  const { executeAsync, isPending } = useAction(remindReviewer);

  async function remind() {
    setMessage(null);
    try {
      const result = await executeAsync({ organisation, assignmentId });
      const problem = describeActionError(result);
      if (problem) return setMessage({ text: problem, tone: "error" });
      setMessage({ text: t("done", { name: reviewerName }), tone: "success" });
      router.refresh();
    } catch {
      setMessage({ text: UNREACHABLE_MESSAGE, tone: "error" });
    }
  }

  return (
    <div className="space-y-2">
      <Button
        size="sm"
        variant="secondary"
        disabled={isPending}
        aria-label={t("label", { name: reviewerName })}
        onClick={() => void remind()}
      >
        {isPending ? t("pending") : t("button")}
      </Button>
      <FormMessage tone={message?.tone}>{message?.text ?? null}</FormMessage>
    </div>
  );
}
