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
import { declareConflict } from "@/lib/actions/reviews/declare-conflict";
import { declareConflictSchema, type DeclareConflictInput } from "@/lib/schemas/reviews";

/** The declaration a reviewer makes before the scores open (blind calls do not name the applicant). */
export function ConflictDeclarationForm({
  organisation,
  assignmentId,
  startupName,
}: {
  organisation: string;
  assignmentId: string;
  /** Null on a blind-review call: the reviewer judges from the project alone. */
  startupName: string | null;
}) {
  const t = useTranslations("reviewsClient.declare");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(declareConflict);
  const {
    register,
    handleSubmit,
    control,
    setValue,
    formState: { errors },
  } = useForm<DeclareConflictInput>({
    resolver: zodResolver(declareConflictSchema),
    defaultValues: { organisation, assignmentId, hasConflict: false, details: "" },
  });
  const hasConflict = useWatch({ control, name: "hasConflict" });

  async function onSubmit(input: DeclareConflictInput) {
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
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink-800">
          {startupName ? t("questionNamed", { name: startupName }) : t("questionBlind")}
        </legend>
        {startupName ? null : <p className="text-xs text-ink-500">{t("blindNote")}</p>}
        <label className="flex items-start gap-2 text-sm text-ink-700">
          <input
            type="radio"
            name="hasConflict"
            checked={!hasConflict}
            onChange={() => setValue("hasConflict", false)}
            className="mt-0.5"
          />
          {t("no")}
        </label>
        <label className="flex items-start gap-2 text-sm text-ink-700">
          <input
            type="radio"
            name="hasConflict"
            checked={hasConflict}
            onChange={() => setValue("hasConflict", true)}
            className="mt-0.5"
          />
          {t("yes")}
        </label>
      </fieldset>
      {hasConflict ? (
        <div>
          <label htmlFor="conflict-details" className="block text-sm font-medium text-ink-800">
            {t("details")}
          </label>
          <textarea
            id="conflict-details"
            rows={3}
            aria-invalid={errors.details ? true : undefined}
            className={`mt-1 ${inputClassName} h-auto py-2`}
            {...register("details")}
          />
          {errors.details ? (
            <p className="mt-1 text-sm text-red-700">{errors.details.message}</p>
          ) : null}
        </div>
      ) : null}
      <FormMessage>{formError}</FormMessage>
      <Button type="submit" disabled={isPending}>
        {isPending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
