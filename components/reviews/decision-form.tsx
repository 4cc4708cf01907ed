"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { decideApplication } from "@/lib/actions/decisions/decide-application";
import { decideApplicationSchema, type DecideApplicationInput } from "@/lib/schemas/reviews";

/**
 * The decision on one application, folded away until opened. An application still in review
 * can only be rejected.
 */
export function DecisionForm({
  organisation,
  applicationId,
  reference,
  canAccept,
}: {
  organisation: string;
  applicationId: string;
  reference: string;
  canAccept: boolean;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(decideApplication);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<DecideApplicationInput>({
    resolver: zodResolver(decideApplicationSchema),
    defaultValues: {
      organisation,
      applicationId,
      outcome: canAccept ? "ACCEPTED" : "REJECTED",
      rationale: "",
      feedbackToApplicant: "",
    },
  });
  const id = (field: string) => `decision-${applicationId}-${field}`;

  async function onSubmit(input: DecideApplicationInput) {
    setFormError(null);
    try {
      const result = await executeAsync(input);
      if (!result.data) return setFormError(describeActionError(result));
      router.refresh();
    } catch {
      setFormError(UNREACHABLE_MESSAGE);
    }
  }

  return (
    <details className="group min-w-56">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">
        Decide {reference}
      </summary>
      <form onSubmit={handleSubmit(onSubmit)} noValidate className="mt-2 space-y-2">
        <label htmlFor={id("outcome")} className="block text-xs font-medium text-ink-700">
          Outcome
        </label>
        <select id={id("outcome")} className={inputClassName} {...register("outcome")}>
          {canAccept ? <option value="ACCEPTED">Accept into the programme</option> : null}
          <option value="REJECTED">Not successful</option>
        </select>
        <label htmlFor={id("rationale")} className="block text-xs font-medium text-ink-700">
          Rationale (internal)
        </label>
        <textarea
          id={id("rationale")}
          rows={3}
          aria-invalid={errors.rationale ? true : undefined}
          className={`${inputClassName} h-auto py-2`}
          {...register("rationale")}
        />
        {errors.rationale ? (
          <p className="text-xs text-red-700">{errors.rationale.message}</p>
        ) : null}
        <label htmlFor={id("feedback")} className="block text-xs font-medium text-ink-700">
          Feedback to the applicant (optional)
        </label>
        <textarea
          id={id("feedback")}
          rows={2}
          className={`${inputClassName} h-auto py-2`}
          {...register("feedbackToApplicant")}
        />
        <FormMessage>{formError}</FormMessage>
        <Button type="submit" size="sm" disabled={isPending}>
          {isPending ? "Recording…" : "Record decision"}
        </Button>
      </form>
    </details>
  );
}
