"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeActionError } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { Button } from "@/components/ui/button";
import { updateNotificationPreferences } from "@/lib/actions/notifications/update-preferences";
import type { EmailFrequency, NotificationKind } from "@/lib/generated/prisma/enums";
import {
  EMAIL_FREQUENCIES,
  updateNotificationPreferencesSchema,
  type UpdateNotificationPreferencesInput,
} from "@/lib/schemas/notifications";

/** One row per kind of notice: email immediately, in the daily digest, or not at all. */
export function PreferencesForm({
  preferences,
}: {
  preferences: { kind: NotificationKind; email: EmailFrequency }[];
}) {
  const t = useTranslations("inboxClient");
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const { executeAsync, isPending } = useAction(updateNotificationPreferences);
  const {
    register,
    handleSubmit,
    formState: { isDirty },
    reset,
  } = useForm<UpdateNotificationPreferencesInput>({
    resolver: zodResolver(updateNotificationPreferencesSchema),
    defaultValues: {
      email: Object.fromEntries(preferences.map((row) => [row.kind, row.email])),
    } as UpdateNotificationPreferencesInput,
  });

  async function onSubmit(input: UpdateNotificationPreferencesInput) {
    setMessage(null);
    try {
      const result = await executeAsync(input);
      const problem = describeActionError(result ?? {});
      if (problem || !result?.data) {
        setMessage({ tone: "error", text: problem ?? t("notSaved") });
        return;
      }
      reset(input);
      setMessage({ tone: "success", text: t("saved") });
    } catch {
      setMessage({ tone: "error", text: t("unreachable") });
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label={t("emailNotifications")}>
      <div className="divide-y divide-ink-100">
        {preferences.map(({ kind }) => {
          const label = t(`kind.${kind}.label`);
          const description = t(`kind.${kind}.description`);
          return (
            <fieldset
              key={kind}
              className="grid gap-2 py-3 first:pt-0 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center sm:gap-4"
            >
              <legend className="sr-only">{label}</legend>
              <div aria-hidden="true">
                <p className="text-sm font-medium text-ink-900">{label}</p>
                <p className="text-xs text-ink-500">{description}</p>
              </div>
              <div className="inline-flex w-full rounded-md border border-ink-200 bg-ink-50 p-0.5 sm:w-auto">
                {EMAIL_FREQUENCIES.map((frequency) => (
                  <label
                    key={frequency}
                    className="flex h-8 flex-1 cursor-pointer items-center justify-center rounded px-3 text-xs font-medium whitespace-nowrap text-ink-600 has-checked:bg-white has-checked:text-brand-800 has-checked:shadow-xs has-focus-visible:ring-2 has-focus-visible:ring-brand-600/40 sm:flex-none"
                  >
                    <input
                      type="radio"
                      value={frequency}
                      className="sr-only"
                      aria-label={`${label}: ${t(`frequency.${frequency}`)}`}
                      {...register(`email.${kind}`)}
                    />
                    {t(`frequency.${frequency}`)}
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isPending || !isDirty}>
          {isPending ? t("saving") : t("save")}
        </Button>
        {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      </div>
    </form>
  );
}
