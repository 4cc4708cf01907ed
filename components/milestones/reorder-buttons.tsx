"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeActionError } from "@/components/members/action-error";
import { reorderMilestones } from "@/lib/actions/milestones/reorder-milestones";

/** Move one milestone up or down the plan; the whole order is sent, so a stale view is refused. */
export function ReorderButtons({
  organisation,
  enrolmentId,
  order,
  milestoneId,
  title,
}: {
  organisation: string;
  enrolmentId: string;
  order: string[];
  milestoneId: string;
  title: string;
}) {
  const t = useTranslations("milestonesClient");
  const router = useRouter();
  const { executeAsync, isPending } = useAction(reorderMilestones);
  const [error, setError] = useState<string | null>(null);
  const index = order.indexOf(milestoneId);

  async function move(offset: -1 | 1) {
    const next = [...order];
    const target = index + offset;
    const other = next[target];
    if (other === undefined) return;
    next[target] = milestoneId;
    next[index] = other;
    setError(null);
    try {
      const result = await executeAsync({ organisation, enrolmentId, milestoneIds: next });
      if (!result.data) setError(describeActionError(result));
      router.refresh();
    } catch {
      setError(t("unreachable"));
    }
  }

  const buttonClassName =
    "inline-flex h-8 w-8 items-center justify-center rounded-md border border-ink-200 bg-white text-ink-600 hover:bg-ink-50 hover:text-ink-900 disabled:cursor-not-allowed disabled:opacity-40";
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex gap-1">
        <button
          type="button"
          className={buttonClassName}
          disabled={isPending || index <= 0}
          onClick={() => move(-1)}
          aria-label={t("reorder.up", { title })}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className={buttonClassName}
          disabled={isPending || index === -1 || index >= order.length - 1}
          onClick={() => move(1)}
          aria-label={t("reorder.down", { title })}
        >
          <span aria-hidden="true">↓</span>
        </button>
      </div>
      {error ? (
        <p role="alert" className="max-w-48 text-right text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
