"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ApplicationStatusBadge } from "@/components/applications/application-status-badge";
import { BulkActionBar } from "@/components/reviews/bulk-action-bar";
import { BulkOutcomePanel } from "@/components/reviews/bulk-outcome-panel";
import { formatScore } from "@/components/reviews/review-labels";
import type { ReviewerOption } from "@/components/reviews/reviewer-options";
import { Badge } from "@/components/ui/badge";
import type { CallScoreboardRow } from "@/lib/data/reviews/get-call-scoreboard";
import type { BulkResult } from "@/lib/data/reviews/bulk-applications";

const SCREENABLE = new Set(["SUBMITTED", "SCREENING"]);

/** Quick selections officers make most: everything on the page waiting for the same next step. */
const QUICK_PICKS = [
  { key: "toScreen", matches: (row: CallScoreboardRow) => SCREENABLE.has(row.status) },
  { key: "inReview", matches: (row: CallScoreboardRow) => row.status === "IN_REVIEW" },
  { key: "shortlisted", matches: (row: CallScoreboardRow) => row.status === "SHORTLISTED" },
] as const;

function screeningKey(row: CallScoreboardRow) {
  if (row.screeningOutcome === "ELIGIBLE") return "eligible" as const;
  if (row.screeningOutcome === "INELIGIBLE") return "ineligible" as const;
  return SCREENABLE.has(row.status) ? ("toScreen" as const) : null;
}

/**
 * Every application of a call with a checkbox: select many, then screen them eligible, assign
 * them a reviewer or shortlist them in one go. Each bulk action applies to all selected or to
 * none, and the panel above the list says what happened to each.
 */
export function CallApplicationsList({
  organisation,
  callId,
  rows,
  reviewers,
  defaultDueOn,
  earliestDueOn,
}: {
  organisation: string;
  callId: string;
  rows: CallScoreboardRow[];
  reviewers: ReviewerOption[];
  defaultDueOn: string;
  earliestDueOn: string;
}) {
  const t = useTranslations("reviewsClient.callApplications");
  const isChinese = useLocale().startsWith("zh");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [outcome, setOutcome] = useState<{ action: string; result: BulkResult } | null>(null);
  const isAllSelected = rows.length > 0 && selected.size === rows.length;
  const selectedRows = rows.filter((row) => selected.has(row.id));

  function toggle(id: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function pick(matches: (row: CallScoreboardRow) => boolean) {
    setSelected(new Set(rows.filter(matches).map((row) => row.id)));
  }

  return (
    <div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-ink-100 px-4 py-3 sm:px-5">
        <label className="flex items-center gap-2 text-sm font-medium text-ink-800">
          <input
            type="checkbox"
            className="size-4"
            checked={isAllSelected}
            onChange={() => setSelected(isAllSelected ? new Set() : new Set(rows.map((r) => r.id)))}
          />
          {t("selectAllOnPage")}
        </label>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-ink-500">{t("select")}</span>
          {QUICK_PICKS.map((quick) => (
            <button
              key={quick.key}
              type="button"
              onClick={() => pick(quick.matches)}
              className="rounded-full border border-ink-200 px-2.5 py-0.5 text-xs font-medium text-ink-700 hover:bg-ink-50"
            >
              {t(`quick.${quick.key}`)} ({rows.filter(quick.matches).length})
            </button>
          ))}
        </div>
      </div>
      <BulkActionBar
        organisation={organisation}
        callId={callId}
        selectedRows={selectedRows}
        reviewers={reviewers}
        defaultDueOn={defaultDueOn}
        earliestDueOn={earliestDueOn}
        onDone={(action, result) => {
          setOutcome({ action, result });
          if (result.isApplied) setSelected(new Set());
        }}
      />
      {outcome ? (
        <BulkOutcomePanel
          action={outcome.action}
          result={outcome.result}
          onDismiss={() => setOutcome(null)}
          onUnselectProblems={(ids) => {
            setSelected((current) => new Set([...current].filter((id) => !ids.includes(id))));
            setOutcome(null);
          }}
        />
      ) : null}
      <div
        aria-hidden
        className="hidden grid-cols-[1.5rem_minmax(0,1fr)_8rem_6.5rem_7rem_4.5rem] gap-3 border-b border-ink-200 bg-ink-50 px-5 py-2 text-xs font-medium tracking-wide text-ink-500 uppercase md:grid"
      >
        <span />
        <span>{t("columnApplication")}</span>
        <span>{t("columnStatus")}</span>
        <span>{t("columnScreening")}</span>
        <span>{t("columnReviews")}</span>
        <span className="text-right">{t("columnMean")}</span>
      </div>
      <ul className="divide-y divide-ink-100" aria-label={t("listLabel")}>
        {rows.map((row) => {
          const isSelected = selected.has(row.id);
          const screening = screeningKey(row);
          return (
            <li
              key={row.id}
              className={`grid grid-cols-[1.5rem_minmax(0,1fr)] gap-x-3 gap-y-1.5 px-4 py-3 sm:px-5 md:grid-cols-[1.5rem_minmax(0,1fr)_8rem_6.5rem_7rem_4.5rem] md:items-start ${isSelected ? "bg-brand-50/60" : ""}`}
            >
              <input
                type="checkbox"
                className="mt-1 size-4"
                checked={isSelected}
                onChange={() => toggle(row.id)}
                aria-label={t("selectOne", { reference: row.reference })}
              />
              <div className="min-w-0">
                <Link
                  href={`/${organisation}/calls/${callId}/applications/${row.id}`}
                  className="font-medium text-ink-900 hover:text-brand-700 hover:underline"
                >
                  {row.projectTitle}
                </Link>
                <p className="text-xs text-ink-500">
                  <span className="font-mono">{row.reference}</span> ·{" "}
                  {isChinese && row.startupNameZh ? (
                    <span lang="zh-HK">{row.startupNameZh}</span>
                  ) : (
                    <>
                      {row.startupName}
                      {row.startupNameZh ? <span lang="zh-HK"> {row.startupNameZh}</span> : null}
                    </>
                  )}
                </p>
                {row.overdueCount > 0 || row.flaggedConflictCount > 0 ? (
                  <div className="mt-1 flex flex-wrap gap-1.5">
                    {row.overdueCount > 0 ? (
                      <Badge tone="danger">{t("overdue", { count: row.overdueCount })}</Badge>
                    ) : null}
                    {row.flaggedConflictCount > 0 ? (
                      <Badge tone="warning">{t("possibleConflict")}</Badge>
                    ) : null}
                  </div>
                ) : null}
              </div>
              {/* On a phone the four facts share one line under the title. */}
              <div className="col-start-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm md:contents">
                <div>
                  <ApplicationStatusBadge status={row.status} />
                </div>
                <p className="text-ink-700">
                  <span className="text-ink-500 md:hidden">{t("screeningPrefix")} </span>
                  {screening ? t(`screening.${screening}`) : "—"}
                </p>
                <p className="text-ink-700 tabular-nums">
                  <span className="text-ink-500 md:hidden">{t("reviewsPrefix")} </span>
                  {row.expectedReviews === 0 && row.summary.reviewCount === 0
                    ? t("noneAssigned")
                    : t("reviewsOf", {
                        done: row.summary.reviewCount,
                        expected: row.expectedReviews,
                      })}
                  {row.conflictedCount > 0 ? (
                    <span className="block text-xs text-ink-500">
                      {t("conflicted", { count: row.conflictedCount })}
                    </span>
                  ) : null}
                </p>
                <p className="font-semibold text-ink-900 tabular-nums md:text-right">
                  <span className="font-normal text-ink-500 md:hidden">{t("meanPrefix")} </span>
                  {formatScore(row.summary.weightedMean)}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
