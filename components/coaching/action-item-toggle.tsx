"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeActionError } from "@/components/members/action-error";
import { completeActionItem } from "@/lib/actions/coaching/complete-action-item";

/** A checkbox that ticks an action item off (or reopens it), with the item's text as its label. */
export function ActionItemToggle({
  organisation,
  actionItemId,
  description,
  isDone,
}: {
  organisation: string;
  actionItemId: string;
  description: string;
  isDone: boolean;
}) {
  const t = useTranslations("coachingClient");
  const router = useRouter();
  const [isChecked, setIsChecked] = useState(isDone);
  // After a refresh the server's answer wins (the same item may be shown twice on a page).
  const [lastIsDone, setLastIsDone] = useState(isDone);
  if (isDone !== lastIsDone) {
    setLastIsDone(isDone);
    setIsChecked(isDone);
  }
  const [error, setError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(completeActionItem);

  async function toggle(next: boolean) {
    setError(null);
    setIsChecked(next);
    try {
      const result = await executeAsync({ organisation, actionItemId, isDone: next });
      if (!result.data) {
        setIsChecked(!next);
        return setError(describeActionError(result));
      }
      router.refresh();
    } catch {
      setIsChecked(!next);
      setError(t("unreachable"));
    }
  }

  return (
    <span className="block">
      <label className="flex cursor-pointer items-start gap-2.5">
        <input
          type="checkbox"
          className="mt-0.5 size-4 shrink-0 accent-brand-700"
          checked={isChecked}
          disabled={isPending}
          onChange={(event) => toggle(event.target.checked)}
        />
        <span className={isChecked ? "text-ink-500 line-through" : "text-ink-800"}>
          {description}
        </span>
      </label>
      {error ? (
        <span role="alert" className="mt-1 block text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
