"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { ChoiceChips } from "@/components/cohort/choice-chips";
import { topicOptions } from "@/components/cohort/choices";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
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
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
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
    setMessage(null);
    try {
      const result = await executeAsync(input);
      if (!result.data) {
        return setMessage({ tone: "error", text: describeActionError(result) ?? "" });
      }
      setMessage({ tone: "success", text: "Scheduled. The team has been told." });
      reset({ ...input, agenda: "" });
      router.refresh();
    } catch {
      setMessage({ tone: "error", text: UNREACHABLE_MESSAGE });
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label="Schedule a session"
      className="space-y-4"
    >
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="schedule-date" className="block text-sm font-medium text-ink-800">
            Date
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
            Time (HK)
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
            Minutes
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
            How
          </label>
          <select id="schedule-mode" className={`mt-1 ${inputClassName}`} {...register("mode")}>
            {(Object.keys(coachingModeLabels) as CoachingMode[]).map((mode) => (
              <option key={mode} value={mode}>
                {coachingModeLabels[mode]}
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
            legend="Topics"
            options={topicOptions}
            value={field.value ?? []}
            onChange={field.onChange}
            error={fieldState.error?.message}
          />
        )}
      />
      <div>
        <label htmlFor="schedule-agenda" className="block text-sm font-medium text-ink-800">
          Agenda <span className="font-normal text-ink-500">(the start-up sees it)</span>
        </label>
        <textarea
          id="schedule-agenda"
          rows={2}
          className="mt-1 block w-full rounded-md border border-ink-300 px-3 py-2 text-sm shadow-xs focus:border-brand-600 focus:ring-2 focus:ring-brand-600/20 focus:outline-none"
          {...register("agenda")}
        />
      </div>
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <Button type="submit" variant="secondary" disabled={isPending}>
        {isPending ? "Scheduling…" : "Schedule session"}
      </Button>
    </form>
  );
}
