"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { ChoiceChips } from "@/components/cohort/choice-chips";
import { useChoiceOptions } from "@/components/cohort/choices";
import { describeActionError } from "@/components/members/action-error";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { scheduleSession } from "@/lib/actions/coaching/schedule-session";
import { coachingModeLabels } from "@/lib/domain/coaching-labels";
import type { CoachingMode, CoachingTopic } from "@/lib/generated/prisma/enums";
import { scheduleSessionSchema, type ScheduleSessionInput } from "@/lib/schemas/coaching";

/** Plans the next session (Hong Kong date and time) with an agenda the start-up sees. */
export function ScheduleSessionForm({
  organisation,
  enrolmentId,
  defaultDate,
  defaultTopics,
}: {
  organisation: string;
  enrolmentId: string;
  defaultDate: string;
  defaultTopics: CoachingTopic[];
}) {
  const t = useTranslations("coachingClient");
  const toast = useToast();
  const { topicOptions } = useChoiceOptions();
  const router = useRouter();
  const { executeAsync, isPending } = useAction(scheduleSession);
  const {
    register,
    control,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<ScheduleSessionInput>({
    resolver: zodResolver(scheduleSessionSchema, undefined, { raw: true }),
    defaultValues: {
      organisation,
      enrolmentId,
      date: defaultDate,
      time: "10:00",
      durationMinutes: 60,
      mode: "VIDEO",
      topics: defaultTopics,
      agenda: "",
    },
  });

  async function onSubmit(input: ScheduleSessionInput) {
    try {
      const result = await executeAsync(input);
      if (!result.data) {
        toast({
          title: t("schedule.failed"),
          description: describeActionError(result) ?? "",
          tone: "error",
        });
        return;
      }
      toast({ title: t("schedule.done"), tone: "success" });
      reset({ ...input, agenda: "" });
      router.refresh();
    } catch {
      toast({ title: t("schedule.failed"), description: t("unreachable"), tone: "error" });
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label={t("schedule.label")}
      className="space-y-4"
    >
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="schedule-date" className="block text-sm font-medium text-ink-800">
            {t("form.date")}
          </label>
          <input
            id="schedule-date"
            type="date"
            className={`mt-1 ${inputClassName}`}
            {...register("date")}
          />
          {errors.date ? <p className="mt-1 text-sm text-red-700">{errors.date.message}</p> : null}
        </div>
        <div>
          <label htmlFor="schedule-time" className="block text-sm font-medium text-ink-800">
            {t("form.timeShort")}
          </label>
          <input
            id="schedule-time"
            type="time"
            step={300}
            className={`mt-1 ${inputClassName}`}
            {...register("time")}
          />
          {errors.time ? <p className="mt-1 text-sm text-red-700">{errors.time.message}</p> : null}
        </div>
        <div>
          <label htmlFor="schedule-duration" className="block text-sm font-medium text-ink-800">
            {t("form.minutes")}
          </label>
          <input
            id="schedule-duration"
            type="number"
            inputMode="numeric"
            min={15}
            max={480}
            step={15}
            className={`mt-1 ${inputClassName}`}
            {...register("durationMinutes")}
          />
          {errors.durationMinutes ? (
            <p className="mt-1 text-sm text-red-700">{errors.durationMinutes.message}</p>
          ) : null}
        </div>
        <div>
          <label htmlFor="schedule-mode" className="block text-sm font-medium text-ink-800">
            {t("schedule.how")}
          </label>
          <select id="schedule-mode" className={`mt-1 ${inputClassName}`} {...register("mode")}>
            {(Object.keys(coachingModeLabels) as CoachingMode[]).map((mode) => (
              <option key={mode} value={mode}>
                {t(`mode.${mode}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Controller
        control={control}
        name="topics"
        render={({ field, fieldState }) => (
          <ChoiceChips
            idPrefix="schedule-topics"
            legend={t("form.topics")}
            options={topicOptions}
            value={field.value ?? []}
            onChange={field.onChange}
            error={fieldState.error?.message}
          />
        )}
      />
      <div>
        <label htmlFor="schedule-agenda" className="block text-sm font-medium text-ink-800">
          {t("schedule.agenda")}{" "}
          <span className="font-normal text-ink-500">{t("schedule.agendaHint")}</span>
        </label>
        <textarea
          id="schedule-agenda"
          rows={2}
          className="mt-1 block w-full rounded-md border border-ink-300 px-3 py-2 text-sm shadow-xs focus:border-brand-600 focus:ring-2 focus:ring-brand-600/20 focus:outline-none"
          {...register("agenda")}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={isPending}>
        {isPending ? t("schedule.working") : t("schedule.submit")}
      </Button>
    </form>
  );
}
