"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { replyToClarification } from "@/lib/actions/clarifications/reply-to-clarification";
import { requestClarification } from "@/lib/actions/clarifications/request-clarification";
import { CLARIFICATION_MAX_LENGTH } from "@/lib/domain/clarifications";
import {
  replyToClarificationSchema,
  requestClarificationSchema,
  type RequestClarificationInput,
} from "@/lib/schemas/clarifications";

/** The officer's question or the founder's reply; the thread reloads when it is sent. */
export function ClarificationForm({
  side,
  organisation,
  applicationId,
}: {
  side: "OPERATOR" | "STARTUP";
  organisation: string;
  applicationId: string;
}) {
  const t = useTranslations(
    side === "OPERATOR" ? "applicationsClient.clarifyAsk" : "applicationsClient.clarifyReply",
  );
  const toast = useToast();
  const copy = {
    label: t("label"),
    help: t("help"),
    placeholder: t("placeholder"),
    submit: t("submit"),
    sending: t("sending"),
    sent: t("sent"),
  };
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const request = useAction(requestClarification);
  const reply = useAction(replyToClarification);
  const isPending = request.isPending || reply.isPending;
  const {
    register,
    handleSubmit,
    reset,
    control,
    formState: { errors },
  } = useForm<RequestClarificationInput>({
    // The two schemas have the same shape; only the empty-body message differs.
    resolver: zodResolver(
      side === "OPERATOR" ? requestClarificationSchema : replyToClarificationSchema,
    ),
    defaultValues: { organisation, applicationId, body: "" },
  });
  const length = useWatch({ control, name: "body" }).length;
  const fieldId = `clarification-${side.toLowerCase()}`;

  async function onSubmit(input: RequestClarificationInput) {
    setFormError(null);
    setSent(null);
    try {
      const result =
        side === "OPERATOR" ? await request.executeAsync(input) : await reply.executeAsync(input);
      const problem = describeActionError(result);
      if (problem) {
        setFormError(problem);
        return;
      }
      reset({ organisation, applicationId, body: "" });
      setSent(copy.sent);
      toast({ title: copy.sent });
      router.refresh();
    } catch {
      setFormError(UNREACHABLE_MESSAGE);
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label={copy.label}
      className="space-y-2"
    >
      <label htmlFor={fieldId} className="block text-sm font-medium text-ink-800">
        {copy.label}
      </label>
      <textarea
        id={fieldId}
        rows={4}
        maxLength={CLARIFICATION_MAX_LENGTH}
        placeholder={copy.placeholder}
        aria-invalid={errors.body ? true : undefined}
        aria-describedby={`${fieldId}-help${errors.body ? ` ${fieldId}-error` : ""}`}
        className={`${inputClassName} h-auto py-2`}
        {...register("body")}
      />
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p id={`${fieldId}-help`} className="max-w-prose text-xs text-ink-500">
          {copy.help}
        </p>
        <p className="text-xs text-ink-500 tabular-nums">
          {length} / {CLARIFICATION_MAX_LENGTH}
        </p>
      </div>
      {errors.body ? (
        <p id={`${fieldId}-error`} className="text-sm text-red-700">
          {errors.body.message}
        </p>
      ) : null}
      <FormMessage>{formError}</FormMessage>
      <FormMessage tone="success">{sent}</FormMessage>
      <Button type="submit" disabled={isPending}>
        {isPending ? copy.sending : copy.submit}
      </Button>
    </form>
  );
}
