"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { ReviewerOptions, type ReviewerOption } from "@/components/reviews/reviewer-options";
import { Button } from "@/components/ui/button";
import { assignReviewer } from "@/lib/actions/reviews/assign-reviewer";
import { createFormat } from "@/i18n/formatters";
import { assignReviewerSchema, type AssignReviewerInput } from "@/lib/schemas/reviews";

/**
 * Picks a reviewer (the operator's officers, mentors and external reviewers, or a partner's
 * scientists once the application is shortlisted) and a due date (Hong Kong calendar day). A
 * likely conflict does not stop the assignment; it is shown so the officer can reconsider.
 */
export function AssignReviewerForm({
  organisation,
  applicationId,
  reviewers,
  isShortlisted,
  defaultDueOn,
  earliestDueOn,
}: {
  organisation: string;
  applicationId: string;
  reviewers: ReviewerOption[];
  /** Partner scientists review shortlisted applications only. */
  isShortlisted: boolean;
  defaultDueOn: string;
  earliestDueOn: string;
}) {
  const t = useTranslations("reviewsClient.assign");
  const f = createFormat(useLocale());
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<{ text: string; conflict: string | null }>();
  const { executeAsync, isPending } = useAction(assignReviewer);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<AssignReviewerInput>({
    resolver: zodResolver(assignReviewerSchema),
    defaultValues: { organisation, applicationId, reviewerId: "", dueOn: defaultDueOn },
  });

  async function onSubmit(input: AssignReviewerInput) {
    setFormError(null);
    setConfirmation(undefined);
    try {
      const result = await executeAsync(input);
      if (!result.data) return setFormError(describeActionError(result));
      const name = reviewers.find((reviewer) => reviewer.id === input.reviewerId)?.name;
      setConfirmation({
        text: t("assigned", {
          name: name ?? t("theReviewer"),
          date: f.date(new Date(`${input.dueOn}T12:00:00+08:00`)),
        }),
        conflict: result.data.flaggedConflictReason,
      });
      reset({ organisation, applicationId, reviewerId: "", dueOn: input.dueOn });
      router.refresh();
    } catch {
      setFormError(UNREACHABLE_MESSAGE);
    }
  }

  if (reviewers.length === 0) {
    return <p className="text-sm text-ink-600">{t("noneLeft")}</p>;
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label={t("formLabel")}
      className="space-y-3"
    >
      <div className="space-y-3">
        <div>
          <label htmlFor="assign-reviewer" className="block text-sm font-medium text-ink-800">
            {t("reviewer")}
          </label>
          <select
            id="assign-reviewer"
            aria-invalid={errors.reviewerId ? true : undefined}
            aria-describedby={errors.reviewerId ? "assign-reviewer-error" : undefined}
            className={`mt-1 ${inputClassName}`}
            {...register("reviewerId")}
          >
            <ReviewerOptions reviewers={reviewers} canPickPartners={isShortlisted} />
          </select>
          {errors.reviewerId ? (
            <p id="assign-reviewer-error" className="mt-1 text-sm text-red-700">
              {errors.reviewerId.message}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor="assign-due-on" className="block text-sm font-medium text-ink-800">
            {t("dueOn")}
          </label>
          <input
            id="assign-due-on"
            type="date"
            min={earliestDueOn}
            aria-invalid={errors.dueOn ? true : undefined}
            aria-describedby={errors.dueOn ? "assign-due-on-error" : undefined}
            className={`mt-1 ${inputClassName}`}
            {...register("dueOn")}
          />
          {errors.dueOn ? (
            <p id="assign-due-on-error" className="mt-1 text-sm text-red-700">
              {errors.dueOn.message}
            </p>
          ) : null}
        </div>
      </div>
      <FormMessage>{formError}</FormMessage>
      <FormMessage tone="success">{confirmation?.text ?? null}</FormMessage>
      {confirmation?.conflict ? (
        <p
          role="alert"
          className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t("possibleConflict", { reason: confirmation.conflict })}
        </p>
      ) : null}
      <Button type="submit" disabled={isPending}>
        {isPending ? t("assigning") : t("submit")}
      </Button>
    </form>
  );
}
