"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { ChoiceChips } from "@/components/cohort/choice-chips";
import { useChoiceOptions } from "@/components/cohort/choices";
import { describeActionError } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { enrolStartup } from "@/lib/actions/enrolments/enrol-startup";
import { useFormat } from "@/i18n/use-format";
import { enrolmentTermEnd } from "@/lib/domain/enrolment-status";
import { enrolStartupSchema, type EnrolStartupInput } from "@/lib/schemas/cohort";

function termEnd(startsOn: string, months: number): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startsOn)) return null;
  const start = new Date(`${startsOn}T00:00:00Z`);
  if (Number.isNaN(start.getTime())) return null;
  return enrolmentTermEnd(start, months);
}

/** Start date (Hong Kong, default today) and the support plan; the end date follows the programme. */
export function EnrolForm({
  organisation,
  applicationId,
  startupName,
  durationMonths,
  defaultStartsOn,
}: {
  organisation: string;
  applicationId: string;
  startupName: string;
  durationMonths: number;
  defaultStartsOn: string;
}) {
  const t = useTranslations("cohortClient");
  const f = useFormat();
  const { topicOptions, languageOptions } = useChoiceOptions();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(enrolStartup);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<EnrolStartupInput>({
    resolver: zodResolver(enrolStartupSchema),
    defaultValues: {
      organisation,
      applicationId,
      startsOn: defaultStartsOn,
      supportNeeds: [],
      workingLanguages: ["en", "yue"],
    },
  });
  const endsOnDate = termEnd(useWatch({ control, name: "startsOn" }), durationMonths);
  const endsOn = endsOnDate ? f.date(endsOnDate) : null;

  async function onSubmit(input: EnrolStartupInput) {
    setFormError(null);
    try {
      const result = await executeAsync(input);
      if (!result.data) return setFormError(describeActionError(result));
      router.push(`/${organisation}/cohort/${result.data.enrolmentId}`);
    } catch {
      setFormError(t("unreachable"));
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label={t("enrol.label")}
      className="space-y-5"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="enrol-starts-on" className="block text-sm font-medium text-ink-800">
            {t("enrol.startDate")}
          </label>
          <input
            id="enrol-starts-on"
            type="date"
            aria-invalid={errors.startsOn ? true : undefined}
            className={`mt-1 ${inputClassName}`}
            {...register("startsOn")}
          />
          {errors.startsOn ? (
            <p className="mt-1 text-sm text-red-700">{errors.startsOn.message}</p>
          ) : null}
        </div>
        <div>
          <p className="block text-sm font-medium text-ink-800">{t("enrol.endDate")}</p>
          <p className="mt-1 flex h-10 items-center text-sm text-ink-700" aria-live="polite">
            {endsOn
              ? t("enrol.endsOn", { date: endsOn, months: durationMonths })
              : t("enrol.chooseStart")}
          </p>
        </div>
      </div>
      <Controller
        control={control}
        name="supportNeeds"
        render={({ field, fieldState }) => (
          <ChoiceChips
            idPrefix="enrol-needs"
            legend={t("enrol.needsLegend")}
            hint={t("enrol.needsHint")}
            options={topicOptions}
            value={field.value ?? []}
            onChange={field.onChange}
            error={fieldState.error?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="workingLanguages"
        render={({ field, fieldState }) => (
          <ChoiceChips
            idPrefix="enrol-languages"
            legend={t("enrol.languagesLegend")}
            options={languageOptions}
            value={field.value ?? []}
            onChange={field.onChange}
            error={fieldState.error?.message}
          />
        )}
      />
      <FormMessage>{formError}</FormMessage>
      <Button type="submit" disabled={isPending}>
        {isPending ? t("enrol.enrolling") : t("enrol.submit", { name: startupName })}
      </Button>
    </form>
  );
}
