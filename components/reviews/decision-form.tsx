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
import { useToast } from "@/components/ui/toast";
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
  const t = useTranslations("reviewsClient.decision");
  const toast = useToast();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { executeAsync } = useAction(decideApplication);
  const {
    register,
    trigger,
    getValues,
    control,
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

  const outcome = useWatch({ control, name: "outcome" });

  /** Runs from the confirmation dialog: an invalid form closes it to show the field's error. */
  async function decide(): Promise<boolean> {
    setFormError(null);
    if (!(await trigger())) return true;
    try {
      const result = await executeAsync(getValues());
      if (!result.data) {
        setFormError(describeActionError(result));
        return true;
      }
      toast({ title: t("recorded", { reference }) });
      router.refresh();
      return true;
    } catch {
      setFormError(UNREACHABLE_MESSAGE);
      return true;
    }
  }

  return (
    <details className="group min-w-56">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">
        {t("decide", { reference })}
      </summary>
      <form onSubmit={(event) => event.preventDefault()} noValidate className="mt-2 space-y-2">
        <label htmlFor={id("outcome")} className="block text-xs font-medium text-ink-700">
          {t("outcome")}
        </label>
        <select id={id("outcome")} className={inputClassName} {...register("outcome")}>
          {canAccept ? <option value="ACCEPTED">{t("accept")}</option> : null}
          <option value="REJECTED">{t("reject")}</option>
        </select>
        <label htmlFor={id("rationale")} className="block text-xs font-medium text-ink-700">
          {t("rationale")}
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
          {t("feedback")}
        </label>
        <textarea
          id={id("feedback")}
          rows={2}
          className={`${inputClassName} h-auto py-2`}
          {...register("feedbackToApplicant")}
        />
        <FormMessage>{formError}</FormMessage>
        <ConfirmDialog
          trigger={<Button size="sm">{t("record")}</Button>}
          title={
            outcome === "ACCEPTED"
              ? t("confirmAccept", { reference })
              : t("confirmReject", { reference })
          }
          description={t("confirmBody")}
          confirmLabel={t("record")}
          tone={outcome === "ACCEPTED" ? "default" : "danger"}
          onConfirm={decide}
        />
      </form>
    </details>
  );
}
