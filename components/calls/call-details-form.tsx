"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { errorIdOf, Field, textareaClassName } from "@/components/programmes/field";
import { Button, ButtonLink } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { createCall } from "@/lib/actions/calls/create-call";
import { updateCallDetails } from "@/lib/actions/calls/update-call-details";
import {
  createCallSchema,
  updateCallDetailsSchema,
  type CreateCallInput,
} from "@/lib/schemas/calls";

export type CallDetailsValues = Omit<CreateCallInput, "programmeId" | "copyFromCallId"> & {
  programmeId?: string;
  callId?: string;
  copyFromCallId?: string;
};

/**
 * A call's details: titles, summary, the application window in Hong Kong time, intake size
 * and blind review. Creating a call can start from a copy of an earlier call's set-up.
 */
export function CallDetailsForm({
  organisation,
  defaultValues,
  copyOptions = [],
  isBlindReviewLocked = false,
  cancelHref,
}: {
  organisation: string;
  defaultValues: CallDetailsValues;
  /** Earlier calls of the programme whose eligibility, form and rubric can be copied. */
  copyOptions?: readonly { id: string; title: string }[];
  isBlindReviewLocked?: boolean;
  cancelHref?: string;
}) {
  const t = useTranslations("callsClient.details");
  const toast = useToast();
  const router = useRouter();
  const isEdit = Boolean(defaultValues.callId);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const create = useAction(createCall);
  const update = useAction(updateCallDetails);
  const isPending = create.isPending || update.isPending;
  const resolver = (
    isEdit
      ? zodResolver(updateCallDetailsSchema, undefined, { raw: true })
      : zodResolver(createCallSchema, undefined, { raw: true })
  ) as Resolver<CallDetailsValues>;
  const {
    register,
    handleSubmit,
    formState: { errors, isDirty },
    reset,
  } = useForm<CallDetailsValues>({ resolver, defaultValues });

  async function onSubmit(values: CallDetailsValues) {
    setMessage(null);
    try {
      if (isEdit && values.callId) {
        const result = await update.executeAsync({
          organisation: values.organisation,
          callId: values.callId,
          title: values.title,
          titleZh: values.titleZh,
          summary: values.summary,
          opensAt: values.opensAt,
          closesAt: values.closesAt,
          intakeSize: values.intakeSize,
          isBlindReview: values.isBlindReview,
        });
        if (!result?.data) {
          setMessage({ tone: "error", text: describeActionError(result ?? {}) ?? t("notSaved") });
          return;
        }
        reset(values);
        setMessage({ tone: "success", text: t("saved") });
        toast({ title: t("saved") });
        router.refresh();
        return;
      }
      const result = await create.executeAsync({
        ...values,
        programmeId: values.programmeId ?? "",
        copyFromCallId: values.copyFromCallId || undefined,
      });
      if (!result?.data) {
        setMessage({ tone: "error", text: describeActionError(result ?? {}) ?? t("notSaved") });
        return;
      }
      router.push(`/${organisation}/calls/${result.data.callId}/setup/eligibility`);
    } catch {
      setMessage({ tone: "error", text: UNREACHABLE_MESSAGE });
    }
  }

  const invalid = (id: string, hasError: boolean) =>
    hasError ? { "aria-invalid": true as const, "aria-describedby": errorIdOf(id) } : {};

  return (
    <form
      onSubmit={handleSubmit(onSubmit, () => setMessage({ tone: "error", text: t("checkFields") }))}
      noValidate
      aria-label={isEdit ? t("editLabel") : t("newLabel")}
      className="space-y-4"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="call-title" label={t("title")} error={errors.title?.message}>
          <input
            id="call-title"
            className={inputClassName}
            placeholder="Incu-Bio Programme – 2027 Autumn Intake"
            {...invalid("call-title", Boolean(errors.title))}
            {...register("title")}
          />
        </Field>
        <Field id="call-title-zh" label={t("titleZh")} error={errors.titleZh?.message}>
          <input
            id="call-title-zh"
            lang="zh-HK"
            className={inputClassName}
            {...register("titleZh")}
          />
        </Field>
      </div>
      <Field
        id="call-summary"
        label={t("summary")}
        hint={t("summaryHint")}
        error={errors.summary?.message}
      >
        <textarea
          id="call-summary"
          rows={3}
          className={textareaClassName}
          {...register("summary")}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Field id="call-opens" label={t("opens")} error={errors.opensAt?.message}>
          <input
            id="call-opens"
            type="datetime-local"
            className={inputClassName}
            {...invalid("call-opens", Boolean(errors.opensAt))}
            {...register("opensAt")}
          />
        </Field>
        <Field
          id="call-closes"
          label={t("closes")}
          hint={t("closesHint")}
          error={errors.closesAt?.message}
        >
          <input
            id="call-closes"
            type="datetime-local"
            className={inputClassName}
            {...invalid("call-closes", Boolean(errors.closesAt))}
            {...register("closesAt")}
          />
        </Field>
        <Field
          id="call-intake"
          label={t("places")}
          hint={t("placesHint")}
          error={errors.intakeSize?.message}
        >
          <input
            id="call-intake"
            type="number"
            min={1}
            className={`${inputClassName} max-w-28 tabular-nums`}
            {...invalid("call-intake", Boolean(errors.intakeSize))}
            {...register("intakeSize", {
              setValueAs: (value: unknown) =>
                value === "" || value === null || value === undefined ? null : Number(value),
            })}
          />
        </Field>
      </div>
      <div className="space-y-1">
        <label className="flex items-start gap-2 text-sm text-ink-800">
          <input
            type="checkbox"
            className="mt-0.5"
            disabled={isBlindReviewLocked}
            {...register("isBlindReview")}
          />
          <span>
            <span className="font-medium">{t("blind")}</span>
            <span className="block text-xs text-ink-500">
              {t("blindHint")}
              {isBlindReviewLocked ? ` ${t("blindLocked")}` : ""}
            </span>
          </span>
        </label>
      </div>
      {!isEdit && copyOptions.length > 0 ? (
        <Field id="call-copy" label={t("copyFrom")} hint={t("copyHint")}>
          <select
            id="call-copy"
            className={`${inputClassName} sm:max-w-md`}
            {...register("copyFromCallId")}
          >
            <option value="">{t("startEmpty")}</option>
            {copyOptions.map((option) => (
              <option key={option.id} value={option.id}>
                {option.title}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isPending || (isEdit && !isDirty)}>
          {isPending ? t("saving") : isEdit ? t("save") : t("create")}
        </Button>
        {cancelHref ? (
          <ButtonLink href={cancelHref} variant="ghost">
            {t("cancel")}
          </ButtonLink>
        ) : null}
      </div>
    </form>
  );
}
