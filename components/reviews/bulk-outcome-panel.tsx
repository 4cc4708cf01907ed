"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { BulkResult } from "@/lib/data/reviews/bulk-applications";

/**
 * What a bulk action did: all applied (each application's result), or nothing applied with the
 * applications that stopped it first, then the ones that were fine.
 */
export function BulkOutcomePanel({
  action,
  result,
  onDismiss,
  onUnselectProblems,
}: {
  action: string;
  result: BulkResult;
  onDismiss: () => void;
  /** Unselects the applications that stopped the batch, so the rest can go through. */
  onUnselectProblems: (applicationIds: string[]) => void;
}) {
  const t = useTranslations("reviewsClient.bulk");
  const problems = result.outcomes.filter((outcome) => outcome.result === "PROBLEM");
  const others = result.outcomes.filter((outcome) => outcome.result !== "PROBLEM");
  const ordered = [...problems, ...others];
  const total = result.outcomes.length;
  return (
    <section
      role={result.isApplied ? "status" : "alert"}
      aria-label={t("resultLabel", { action })}
      className={`border-b px-4 py-3 text-sm sm:px-5 ${result.isApplied ? "border-emerald-200 bg-emerald-50 text-emerald-900" : "border-red-200 bg-red-50 text-red-900"}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="font-semibold">
          {result.isApplied
            ? t("doneAll", { action, count: total })
            : t("refused", { action, problems: problems.length, total })}
        </p>
        <div className="flex gap-2">
          {result.isApplied ? null : (
            <Button
              size="sm"
              variant="secondary"
              onClick={() => onUnselectProblems(problems.map((outcome) => outcome.applicationId))}
            >
              {t("unselect", { count: problems.length })}
            </Button>
          )}
          <Button size="sm" variant="ghost" onClick={onDismiss}>
            {t("dismiss")}
          </Button>
        </div>
      </div>
      <ul className="mt-2 space-y-1">
        {ordered.map((outcome) => (
          <li key={outcome.applicationId} className="flex gap-2">
            <span className="shrink-0 font-mono text-xs leading-5 whitespace-nowrap">
              {outcome.reference}
            </span>
            <span
              className={outcome.result === "PROBLEM" ? "font-medium text-red-800" : "text-ink-700"}
            >
              {/* "IB-2027-005 is in review: …" reads once, beside the reference. */}
              {outcome.message.startsWith(`${outcome.reference} `)
                ? outcome.message.slice(outcome.reference.length + 1)
                : outcome.message}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
