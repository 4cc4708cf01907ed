"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { screenApplication } from "@/lib/actions/reviews/screen-application";
import { screenApplicationSchema, type ScreenApplicationInput } from "@/lib/schemas/reviews";

/** The eligibility check: eligible moves the application to review, ineligible needs a reason. */
export function ScreeningForm({
  organisation,
  applicationId,
  reference,
}: {
  organisation: string;
  applicationId: string;
  reference: string;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(screenApplication);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<ScreenApplicationInput>({
    resolver: zodResolver(screenApplicationSchema),
    defaultValues: { organisation, applicationId, outcome: "ELIGIBLE", reason: "" },
  });
  const outcome = useWatch({ control, name: "outcome" });

  async function onSubmit(input: ScreenApplicationInput) {
    setFormError(null);
    setConfirmation(null);
    try {
      const result = await executeAsync(input);
      if (!result.data) return setFormError(describeActionError(result));
      setConfirmation(
        result.data.outcome === "ELIGIBLE"
          ? `${reference} is eligible and now in review. Assign reviewers below.`
          : `${reference} was found ineligible; the applicant will see your reason.`,
      );
      router.refresh();
    } catch {
      setFormError(UNREACHABLE_MESSAGE);
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label="Screen the application"
      className="space-y-4"
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink-800">Outcome</legend>
        <label className="flex items-start gap-2 text-sm text-ink-700">
          <input type="radio" value="ELIGIBLE" className="mt-0.5" {...register("outcome")} />
          Eligible: send it to review.
        </label>
        <label className="flex items-start gap-2 text-sm text-ink-700">
          <input type="radio" value="INELIGIBLE" className="mt-0.5" {...register("outcome")} />
          Ineligible: reject it now, with a reason.
        </label>
      </fieldset>
      <div>
        <label htmlFor="screening-reason" className="block text-sm font-medium text-ink-800">
          {outcome === "INELIGIBLE" ? "Reason (the applicant reads this)" : "Note (optional)"}
        </label>
        <textarea
          id="screening-reason"
          rows={3}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? "screening-reason-error" : undefined}
          className={`mt-1 ${inputClassName} h-auto py-2`}
          {...register("reason")}
        />
        {errors.reason ? (
          <p id="screening-reason-error" className="mt-1 text-sm text-red-700">
            {errors.reason.message}
          </p>
        ) : null}
      </div>
      <FormMessage>{formError}</FormMessage>
      <FormMessage tone="success">{confirmation}</FormMessage>
      <Button type="submit" disabled={isPending}>
        {isPending ? "Recording…" : "Record screening"}
      </Button>
    </form>
  );
}
