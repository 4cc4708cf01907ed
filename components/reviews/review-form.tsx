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
import { recommendationLabels } from "@/components/reviews/review-labels";
import { useToast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { submitReview } from "@/lib/actions/reviews/submit-review";
import type { ReviewRecommendation } from "@/lib/generated/prisma/enums";
import { submitReviewSchema, type SubmitReviewInput } from "@/lib/schemas/reviews";

type Criterion = {
  id: string;
  label: string;
  labelZh?: string | null;
  guidance: string | null;
  weight: string;
};

/** One score per criterion on the rubric's scale, comments and a recommendation; draft or submit. */
export function ReviewForm({
  organisation,
  assignmentId,
  scale,
  criteria,
  saved,
}: {
  organisation: string;
  assignmentId: string;
  scale: { min: number; max: number };
  criteria: Criterion[];
  saved: {
    recommendation: ReviewRecommendation | null;
    overallComment: string | null;
    scores: { criterionId: string; score: number; comment: string | null }[];
  } | null;
}) {
  const t = useTranslations("reviewsClient.reviewForm");
  const recommendationLabel = useTranslations("reviewsClient.recommendation");
  const toast = useToast();
  const isChinese = useLocale().startsWith("zh");
  const labelOf = (criterion: Criterion) =>
    isChinese && criterion.labelZh ? criterion.labelZh : criterion.label;
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const { executeAsync, isPending } = useAction(submitReview);
  const savedScore = (id: string) => saved?.scores.find((score) => score.criterionId === id);
  const { register, handleSubmit, setValue } = useForm<SubmitReviewInput>({
    resolver: zodResolver(submitReviewSchema),
    defaultValues: {
      organisation,
      assignmentId,
      intent: "SAVE_DRAFT",
      recommendation: saved?.recommendation ?? null,
      overallComment: saved?.overallComment ?? "",
      scores: criteria.map((criterion) => ({
        criterionId: criterion.id,
        score: savedScore(criterion.id)?.score ?? null,
        comment: savedScore(criterion.id)?.comment ?? "",
      })),
    },
  });
  const points = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);

  async function onSubmit(input: SubmitReviewInput) {
    setMessage(null);
    try {
      const result = await executeAsync(input);
      if (!result.data) {
        setMessage({ tone: "error", text: describeActionError(result) ?? "" });
        return;
      }
      const text = result.data.status === "SUBMITTED" ? t("submitted") : t("draftSaved");
      setMessage({ tone: "success", text });
      toast({ title: text });
      router.refresh();
    } catch {
      setMessage({ tone: "error", text: UNREACHABLE_MESSAGE });
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      {criteria.map((criterion, index) => (
        <fieldset key={criterion.id} className="space-y-2 border-b border-ink-100 pb-4">
          <legend className="text-sm font-medium text-ink-900">
            {labelOf(criterion)}{" "}
            <span className="font-normal text-ink-500">
              {t("weight", { percent: Math.round(Number(criterion.weight) * 100) })}
            </span>
          </legend>
          {criterion.guidance ? <p className="text-xs text-ink-500">{criterion.guidance}</p> : null}
          <div className="flex flex-wrap gap-2">
            {points.map((point) => (
              <label
                key={point}
                className="flex h-9 min-w-9 cursor-pointer items-center justify-center rounded-md border border-ink-300 px-3 text-sm has-checked:border-brand-600 has-checked:bg-brand-600 has-checked:text-white"
              >
                <input
                  type="radio"
                  value={point}
                  className="sr-only"
                  defaultChecked={savedScore(criterion.id)?.score === point}
                  onChange={() => setValue(`scores.${index}.score`, point)}
                  name={`score-${criterion.id}`}
                  aria-label={`${labelOf(criterion)}: ${point}`}
                />
                {point}
              </label>
            ))}
          </div>
          <input
            type="text"
            placeholder={t("commentPlaceholder")}
            aria-label={t("commentLabel", { criterion: labelOf(criterion) })}
            className={inputClassName}
            {...register(`scores.${index}.comment`)}
          />
        </fieldset>
      ))}
      <div>
        <label htmlFor="review-recommendation" className="block text-sm font-medium text-ink-800">
          {t("recommendation")}
        </label>
        <select
          id="review-recommendation"
          className={`mt-1 ${inputClassName}`}
          {...register("recommendation", { setValueAs: (value) => value || null })}
        >
          <option value="">{t("choose")}</option>
          {(Object.keys(recommendationLabels) as ReviewRecommendation[]).map((value) => (
            <option key={value} value={value}>
              {recommendationLabel(value)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="review-comment" className="block text-sm font-medium text-ink-800">
          {t("overallComment")}
        </label>
        <textarea
          id="review-comment"
          rows={4}
          className={`mt-1 ${inputClassName} h-auto py-2`}
          {...register("overallComment")}
        />
      </div>
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <div className="flex flex-wrap gap-2">
        <Button
          type="submit"
          variant="secondary"
          disabled={isPending}
          onClick={() => setValue("intent", "SAVE_DRAFT")}
        >
          {t("saveDraft")}
        </Button>
        <Button type="submit" disabled={isPending} onClick={() => setValue("intent", "SUBMIT")}>
          {isPending ? t("saving") : t("submit")}
        </Button>
      </div>
      <p className="text-xs text-ink-500">{t("note")}</p>
    </form>
  );
}
