"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
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
  const t = useTranslations("reviewsClient.screening");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(screenApplication);
  const {
    register,
    handleSubmit,
    trigger,
    getValues,
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
          ? t("eligibleDone", { reference })
          : t("ineligibleDone", { reference }),
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
      aria-label={t("formLabel")}
      className="space-y-4"
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink-800">{t("outcome")}</legend>
        <label className="flex items-start gap-2 text-sm text-ink-700">
          <input type="radio" value="ELIGIBLE" className="mt-0.5" {...register("outcome")} />
          {t("eligible")}
        </label>
        <label className="flex items-start gap-2 text-sm text-ink-700">
          <input type="radio" value="INELIGIBLE" className="mt-0.5" {...register("outcome")} />
          {t("ineligible")}
        </label>
      </fieldset>
      <div>
        <label htmlFor="screening-reason" className="block text-sm font-medium text-ink-800">
          {outcome === "INELIGIBLE" ? t("reason") : t("note")}
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
      {outcome === "INELIGIBLE" ? (
        <ConfirmDialog
          trigger={<Button disabled={isPending}>{t("record")}</Button>}
          title={t("confirmTitle", { reference })}
          description={t("confirmBody")}
          confirmLabel={t("confirm")}
          tone="danger"
          onConfirm={async () => {
            if (await trigger()) await onSubmit(getValues());
          }}
        />
      ) : (
        <Button type="submit" disabled={isPending}>
          {isPending ? t("recording") : t("record")}
        </Button>
      )}
    </form>
  );
}
