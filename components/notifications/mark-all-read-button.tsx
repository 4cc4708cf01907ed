"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeActionError } from "@/components/members/action-error";
import { Button } from "@/components/ui/button";
import { markAllNotificationsRead } from "@/lib/actions/notifications/mark-all-notifications-read";

/** Marks every unread notice read, then shows the inbox again. */
export function MarkAllReadButton({ unreadCount }: { unreadCount: number }) {
  const t = useTranslations("inboxClient");
  const router = useRouter();
  const { executeAsync, isPending } = useAction(markAllNotificationsRead);
  const [error, setError] = useState<string | null>(null);

  async function onClick() {
    setError(null);
    try {
      const result = await executeAsync({});
      const problem = describeActionError(result ?? {});
      if (problem) setError(problem);
      else router.refresh();
    } catch {
      setError(t("unreachable"));
    }
  }

  return (
    <div className="flex items-center gap-2">
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <Button
        variant="secondary"
        size="sm"
        onClick={onClick}
        disabled={isPending || unreadCount === 0}
      >
        {isPending ? t("marking") : t("markAllRead")}
      </Button>
    </div>
  );
}
