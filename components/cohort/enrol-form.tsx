"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { ChoiceChips } from "@/components/cohort/choice-chips";
import { languageOptions, topicOptions } from "@/components/cohort/choices";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { enrolStartup } from "@/lib/actions/enrolments/enrol-startup";
import { formatHkDate } from "@/lib/domain/dates";
import { enrolmentTermEnd } from "@/lib/domain/enrolment-status";
import { enrolStartupSchema, type EnrolStartupInput } from "@/lib/schemas/cohort";

function termEndLabel(startsOn: string, months: number): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startsOn)) return null;
  const start = new Date(`${startsOn}T00:00:00Z`);
  if (Number.isNaN(start.getTime())) return null;
  return formatHkDate(enrolmentTermEnd(start, months));
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
  const endsOn = termEndLabel(useWatch({ control, name: "startsOn" }), durationMonths);

  async function onSubmit(input: EnrolStartupInput) {
    setFormError(null);
    try {
      const result = await executeAsync(input);
      if (!result.data) return setFormError(describeActionError(result));
      router.push(`/${organisation}/cohort/${result.data.enrolmentId}`);
    } catch {
      setFormError(UNREACHABLE_MESSAGE);
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Enrol" className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="enrol-starts-on" className="block text-sm font-medium text-ink-800">
            Start date (Hong Kong)
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
          <p className="block text-sm font-medium text-ink-800">End date</p>
          <p className="mt-1 flex h-10 items-center text-sm text-ink-700" aria-live="polite">
            {endsOn ? `${endsOn} (${durationMonths} months)` : "Choose a start date"}
          </p>
        </div>
      </div>
      <Controller
        control={control}
        name="supportNeeds"
        render={({ field, fieldState }) => (
          <ChoiceChips
            idPrefix="enrol-needs"
            legend="What should mentoring focus on?"
            hint="From the application and the panel's feedback; mentor suggestions are ranked against it."
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
            legend="Languages the team works in"
            options={languageOptions}
            value={field.value ?? []}
            onChange={field.onChange}
            error={fieldState.error?.message}
          />
        )}
      />
      <FormMessage>{formError}</FormMessage>
      <Button type="submit" disabled={isPending}>
        {isPending ? "Enrolling…" : `Enrol ${startupName}`}
      </Button>
    </form>
  );
}
