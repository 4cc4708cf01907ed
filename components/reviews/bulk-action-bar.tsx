"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { ReviewerOptions, type ReviewerOption } from "@/components/reviews/reviewer-options";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { bulkAssignReviewer } from "@/lib/actions/reviews/bulk-assign-reviewer";
import { bulkScreenEligible } from "@/lib/actions/reviews/bulk-screen-eligible";
import { bulkShortlistApplications } from "@/lib/actions/reviews/bulk-shortlist-applications";
import type { BulkResult } from "@/lib/data/reviews/bulk-applications";
import type { CallScoreboardRow } from "@/lib/data/reviews/get-call-scoreboard";

type Outcome = { data?: BulkResult; serverError?: { message: string }; validationErrors?: unknown };

/**
 * What the officer can do with the selected applications: screen them eligible, assign one
 * reviewer with a due date, or shortlist them. Every action is one request that applies to all
 * of them or to none; the result (per application) goes to `onDone`.
 */
export function BulkActionBar({
  organisation,
  callId,
  selectedRows,
  reviewers,
  defaultDueOn,
  earliestDueOn,
  onDone,
}: {
  organisation: string;
  callId: string;
  selectedRows: CallScoreboardRow[];
  reviewers: ReviewerOption[];
  defaultDueOn: string;
  earliestDueOn: string;
  onDone: (action: string, result: BulkResult) => void;
}) {
  const t = useTranslations("reviewsClient.bulk");
  const toast = useToast();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isAssigning, setIsAssigning] = useState(false);
  const [reviewerId, setReviewerId] = useState("");
  const [dueOn, setDueOn] = useState(defaultDueOn);
  const screen = useAction(bulkScreenEligible);
  const assign = useAction(bulkAssignReviewer);
  const shortlist = useAction(bulkShortlistApplications);
  const isPending = screen.isPending || assign.isPending || shortlist.isPending;
  const applicationIds = selectedRows.map((row) => row.id);
  const count = selectedRows.length;
  const areAllShortlisted = count > 0 && selectedRows.every((row) => row.status === "SHORTLISTED");

  async function run(action: string, call: () => Promise<Outcome>) {
    setError(null);
    try {
      const result = await call();
      if (!result.data) return setError(describeActionError(result));
      onDone(action, result.data);
      if (result.data.isApplied) {
        toast({ title: t("doneToast", { action, count: result.data.outcomes.length }) });
        setIsAssigning(false);
        router.refresh();
      }
    } catch {
      setError(UNREACHABLE_MESSAGE);
    }
  }

  if (count === 0) {
    return (
      <p className="border-b border-ink-100 px-4 py-2.5 text-sm text-ink-500 sm:px-5">
        {t("hint")}
      </p>
    );
  }

  return (
    <div
      className="space-y-3 border-b border-brand-200 bg-brand-50/70 px-4 py-3 sm:px-5"
      role="region"
      aria-label={t("regionLabel")}
    >
      <div className="flex flex-wrap items-center gap-2">
        <p className="mr-1 text-sm font-semibold text-ink-900">{t("selected", { count })}</p>
        <Button
          size="sm"
          disabled={isPending}
          onClick={() =>
            void run(t("screenEligible"), () =>
              screen.executeAsync({ organisation, callId, applicationIds }),
            )
          }
        >
          {screen.isPending ? t("screening") : t("screenEligible")}
        </Button>
        <Button
          size="sm"
          variant="secondary"
          disabled={isPending}
          aria-expanded={isAssigning}
          onClick={() => setIsAssigning((open) => !open)}
        >
          {t("assignReviewerOpen")}
        </Button>
        <Button
          size="sm"
          variant="secondary"
          disabled={isPending}
          onClick={() =>
            void run(t("shortlist"), () =>
              shortlist.executeAsync({ organisation, callId, applicationIds }),
            )
          }
        >
          {shortlist.isPending ? t("shortlisting") : t("shortlist")}
        </Button>
      </div>
      {isAssigning ? (
        <form
          aria-label={t("assignFormLabel")}
          className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_11rem_auto] sm:items-end"
          onSubmit={(event) => {
            event.preventDefault();
            if (!reviewerId) return setError(t("chooseReviewer"));
            void run(t("assignReviewer"), () =>
              assign.executeAsync({ organisation, callId, applicationIds, reviewerId, dueOn }),
            );
          }}
        >
          <div>
            <label htmlFor="bulk-reviewer" className="block text-sm font-medium text-ink-800">
              {t("reviewer")}
            </label>
            <select
              id="bulk-reviewer"
              value={reviewerId}
              onChange={(event) => setReviewerId(event.target.value)}
              className={`mt-1 ${inputClassName}`}
            >
              <ReviewerOptions reviewers={reviewers} canPickPartners={areAllShortlisted} />
            </select>
          </div>
          <div>
            <label htmlFor="bulk-due-on" className="block text-sm font-medium text-ink-800">
              {t("dueOn")}
            </label>
            <input
              id="bulk-due-on"
              type="date"
              min={earliestDueOn}
              value={dueOn}
              onChange={(event) => setDueOn(event.target.value)}
              className={`mt-1 ${inputClassName}`}
            />
          </div>
          <Button type="submit" disabled={isPending}>
            {assign.isPending ? t("assigning") : t("assignTo", { count })}
          </Button>
        </form>
      ) : null}
      <FormMessage>{error}</FormMessage>
    </div>
  );
}
