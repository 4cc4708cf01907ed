"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useFieldArray, useForm, useWatch } from "react-hook-form";
import { ChoiceChips } from "@/components/cohort/choice-chips";
import { useChoiceOptions } from "@/components/cohort/choices";
import { describeActionError } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { logSession } from "@/lib/actions/coaching/log-session";
import { coachingModeLabels } from "@/lib/domain/coaching-labels";
import type { CoachingMode, CoachingTopic } from "@/lib/generated/prisma/enums";
import { logSessionSchema, type LogSessionInput } from "@/lib/schemas/coaching";

const textareaClassName =
  "mt-1 block w-full rounded-md border border-ink-300 bg-white px-3 py-2 text-sm text-ink-900 shadow-xs placeholder:text-ink-400 focus:border-brand-600 focus:ring-2 focus:ring-brand-600/20 focus:outline-none aria-invalid:border-red-500";

const RATINGS = [1, 2, 3, 4, 5] as const;

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  ) : null;
}

/**
 * The mentor's write-up of a session: when and how, what the start-up takes away (shared),
 * what only the programme team reads (private notes and the progress assessment), and action
 * items with an owner and a due date.
 */
export function LogSessionForm({
  organisation,
  enrolmentId,
  startupName,
  members,
  defaults,
}: {
  organisation: string;
  enrolmentId: string;
  startupName: string;
  members: { id: string; name: string }[];
  defaults: {
    sessionId?: string;
    date: string;
    time: string;
    durationMinutes: number;
    mode: CoachingMode;
    topics: CoachingTopic[];
  };
}) {
  const t = useTranslations("coachingClient");
  const { topicOptions } = useChoiceOptions();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(logSession);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<LogSessionInput>({
    resolver: zodResolver(logSessionSchema, undefined, { raw: true }),
    defaultValues: {
      organisation,
      enrolmentId,
      sessionId: defaults.sessionId,
      date: defaults.date,
      time: defaults.time,
      durationMinutes: defaults.durationMinutes,
      mode: defaults.mode,
      topics: defaults.topics,
      sharedNotes: "",
      privateNotes: "",
      assessmentRating: undefined,
      assessmentComment: "",
      actionItems: [],
    },
  });
  const items = useFieldArray({ control, name: "actionItems" });
  const itemSides = useWatch({ control, name: "actionItems" });

  async function onSubmit(input: LogSessionInput) {
    setFormError(null);
    try {
      const result = await executeAsync(input);
      if (!result.data) return setFormError(describeActionError(result));
      router.push(`/${organisation}/mentoring/${enrolmentId}#session-${result.data.sessionId}`);
    } catch {
      setFormError(t("unreachable"));
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label={t("log.label")}
      className="space-y-6"
    >
      <section className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <label htmlFor="log-date" className="block text-sm font-medium text-ink-800">
            {t("form.date")}
          </label>
          <input
            id="log-date"
            type="date"
            aria-invalid={errors.date ? true : undefined}
            aria-describedby={errors.date ? "log-date-error" : undefined}
            className={`mt-1 ${inputClassName}`}
            {...register("date")}
          />
          <FieldError id="log-date-error" message={errors.date?.message} />
        </div>
        <div>
          <label htmlFor="log-time" className="block text-sm font-medium text-ink-800">
            {t("form.timeHongKong")}
          </label>
          <input
            id="log-time"
            type="time"
            step={300}
            aria-invalid={errors.time ? true : undefined}
            aria-describedby={errors.time ? "log-time-error" : undefined}
            className={`mt-1 ${inputClassName}`}
            {...register("time")}
          />
          <FieldError id="log-time-error" message={errors.time?.message} />
        </div>
        <div>
          <label htmlFor="log-duration" className="block text-sm font-medium text-ink-800">
            {t("form.minutes")}
          </label>
          <input
            id="log-duration"
            type="number"
            inputMode="numeric"
            min={15}
            max={480}
            step={15}
            aria-invalid={errors.durationMinutes ? true : undefined}
            aria-describedby={errors.durationMinutes ? "log-duration-error" : undefined}
            className={`mt-1 ${inputClassName}`}
            {...register("durationMinutes")}
          />
          <FieldError id="log-duration-error" message={errors.durationMinutes?.message} />
        </div>
        <div>
          <label htmlFor="log-mode" className="block text-sm font-medium text-ink-800">
            {t("log.how")}
          </label>
          <select id="log-mode" className={`mt-1 ${inputClassName}`} {...register("mode")}>
            {(Object.keys(coachingModeLabels) as CoachingMode[]).map((mode) => (
              <option key={mode} value={mode}>
                {t(`mode.${mode}`)}
              </option>
            ))}
          </select>
        </div>
      </section>

      <Controller
        control={control}
        name="topics"
        render={({ field, fieldState }) => (
          <ChoiceChips
            idPrefix="log-topics"
            legend={t("form.topics")}
            options={topicOptions}
            value={field.value ?? []}
            onChange={field.onChange}
            error={fieldState.error?.message}
          />
        )}
      />

      <div>
        <label htmlFor="log-shared" className="block text-sm font-medium text-ink-800">
          {t("log.notesFor", { name: startupName })}
        </label>
        <p className="text-xs text-ink-500">{t("log.notesHint")}</p>
        <textarea
          id="log-shared"
          rows={5}
          aria-invalid={errors.sharedNotes ? true : undefined}
          aria-describedby={errors.sharedNotes ? "log-shared-error" : undefined}
          className={textareaClassName}
          placeholder={t("log.notesPlaceholder")}
          {...register("sharedNotes")}
        />
        <FieldError id="log-shared-error" message={errors.sharedNotes?.message} />
      </div>

      <section className="space-y-4 rounded-lg border border-amber-200 bg-amber-50/50 p-4">
        <div>
          <h2 className="text-sm font-semibold text-amber-900">{t("log.teamOnly")}</h2>
          <p className="text-xs text-amber-900/80">{t("log.teamOnlyHint")}</p>
        </div>
        <fieldset aria-describedby={errors.assessmentRating ? "log-rating-error" : undefined}>
          <legend className="text-sm font-medium text-ink-800">{t("log.progress")}</legend>
          <div className="mt-2 grid grid-cols-5 gap-1.5 sm:gap-2">
            {RATINGS.map((rating) => (
              <label
                key={rating}
                className="flex cursor-pointer flex-col items-center gap-0.5 rounded-md border border-ink-200 bg-white px-1 py-2 text-center has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-600/30"
              >
                <input
                  type="radio"
                  className="sr-only"
                  aria-label={`${rating} – ${t(`rating.${rating}`)}`}
                  value={rating}
                  {...register("assessmentRating")}
                />
                <span className="text-base font-semibold text-ink-900">{rating}</span>
                <span className="text-[11px] leading-tight text-ink-600">
                  {t(`rating.${rating}`)}
                </span>
              </label>
            ))}
          </div>
          <FieldError id="log-rating-error" message={errors.assessmentRating?.message} />
        </fieldset>
        <div>
          <label
            htmlFor="log-assessment-comment"
            className="block text-sm font-medium text-ink-800"
          >
            {t("log.why")}
          </label>
          <input
            id="log-assessment-comment"
            className={`mt-1 ${inputClassName}`}
            placeholder={t("log.whyPlaceholder")}
            {...register("assessmentComment")}
          />
        </div>
        <div>
          <label htmlFor="log-private" className="block text-sm font-medium text-ink-800">
            {t("log.privateNotes")}
          </label>
          <textarea
            id="log-private"
            rows={3}
            className={textareaClassName}
            placeholder={t("log.privatePlaceholder")}
            {...register("privateNotes")}
          />
        </div>
      </section>

      <section className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-sm font-semibold text-ink-900">{t("log.actionItems")}</h2>
          <Button
            variant="secondary"
            size="sm"
            onClick={() =>
              items.append({ description: "", ownerSide: "STARTUP", ownerId: "", dueOn: "" })
            }
          >
            {t("log.addItem")}
          </Button>
        </div>
        {items.fields.length === 0 ? (
          <p className="text-sm text-ink-500">{t("log.noItems")}</p>
        ) : null}
        <ol className="space-y-3">
          {items.fields.map((field, index) => {
            const side = itemSides?.[index]?.ownerSide ?? "STARTUP";
            const itemErrors = errors.actionItems?.[index];
            return (
              <li key={field.id} className="space-y-3 rounded-md border border-ink-200 p-3">
                <div>
                  <label
                    htmlFor={`item-${index}-description`}
                    className="block text-sm font-medium text-ink-800"
                  >
                    {t("log.action", { number: index + 1 })}
                  </label>
                  <input
                    id={`item-${index}-description`}
                    aria-invalid={itemErrors?.description ? true : undefined}
                    className={`mt-1 ${inputClassName}`}
                    placeholder={t("log.actionPlaceholder")}
                    {...register(`actionItems.${index}.description`)}
                  />
                  <FieldError
                    id={`item-${index}-description-error`}
                    message={itemErrors?.description?.message}
                  />
                </div>
                <div className="grid gap-3 sm:grid-cols-3">
                  <div>
                    <label htmlFor={`item-${index}-side`} className="block text-xs text-ink-600">
                      {t("log.whose")}
                    </label>
                    <select
                      id={`item-${index}-side`}
                      className={`mt-1 ${inputClassName}`}
                      {...register(`actionItems.${index}.ownerSide`)}
                    >
                      <option value="STARTUP">{startupName}</option>
                      <option value="MENTOR">{t("log.mine")}</option>
                      <option value="OPERATOR">{t("log.programmeTeam")}</option>
                    </select>
                  </div>
                  <div>
                    <label htmlFor={`item-${index}-owner`} className="block text-xs text-ink-600">
                      {t("log.person")}
                    </label>
                    <select
                      id={`item-${index}-owner`}
                      className={`mt-1 ${inputClassName}`}
                      // Only the start-up's people are picked here; a mentor item is the
                      // mentor's own, an operator item the programme team's.
                      {...register(`actionItems.${index}.ownerId`, {
                        disabled: side !== "STARTUP",
                      })}
                    >
                      <option value="">
                        {side === "MENTOR"
                          ? t("log.me")
                          : side === "OPERATOR"
                            ? t("log.programmeTeam")
                            : t("log.wholeTeam")}
                      </option>
                      {side === "STARTUP"
                        ? members.map((member) => (
                            <option key={member.id} value={member.id}>
                              {member.name}
                            </option>
                          ))
                        : null}
                    </select>
                  </div>
                  <div>
                    <label htmlFor={`item-${index}-due`} className="block text-xs text-ink-600">
                      {t("log.due")}
                    </label>
                    <input
                      id={`item-${index}-due`}
                      type="date"
                      className={`mt-1 ${inputClassName}`}
                      {...register(`actionItems.${index}.dueOn`)}
                    />
                    <FieldError
                      id={`item-${index}-due-error`}
                      message={itemErrors?.dueOn?.message}
                    />
                  </div>
                </div>
                <Button variant="ghost" size="sm" onClick={() => items.remove(index)}>
                  {t("log.remove")}
                </Button>
              </li>
            );
          })}
        </ol>
      </section>

      <FormMessage>{formError}</FormMessage>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isPending}>
          {isPending ? t("saving") : t("log.submit")}
        </Button>
        <p className="self-center text-xs text-ink-500">
          {t("log.confirmHint", { name: startupName })}
        </p>
      </div>
    </form>
  );
}
