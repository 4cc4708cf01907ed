"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { describeActionError } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { assessMilestone } from "@/lib/actions/milestones/assess-milestone";
import { delayMilestone } from "@/lib/actions/milestones/delay-milestone";
import { markMilestoneMissed } from "@/lib/actions/milestones/mark-milestone-missed";
import { signOffMilestone } from "@/lib/actions/milestones/sign-off-milestone";
import { startMilestone } from "@/lib/actions/milestones/start-milestone";
import { submitMilestoneEvidence } from "@/lib/actions/milestones/submit-milestone-evidence";
import {
  assessMilestoneSchema,
  delayMilestoneSchema,
  markMilestoneMissedSchema,
  submitMilestoneEvidenceSchema,
  type AssessMilestoneInput,
  type DelayMilestoneInput,
  type MarkMilestoneMissedInput,
  type SubmitMilestoneEvidenceInput,
} from "@/lib/schemas/milestones";

type Target = { organisation: string; milestoneId: string };

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  ) : null;
}

/**
 * Runs an action, refreshes the page and toasts the outcome (`success` on success, the
 * action's message on failure); returns the error message to show beside the form, if any.
 */
function useRun() {
  const router = useRouter();
  const toast = useToast();
  const t = useTranslations("milestonesClient");
  return async (
    run: () => Promise<{
      data?: unknown;
      serverError?: { message: string };
      validationErrors?: unknown;
    }>,
    success: string,
  ) => {
    try {
      const result = await run();
      if (!result.data) {
        const message = describeActionError(result) ?? t("unreachable");
        toast({ title: t("failed"), description: message, tone: "error" });
        return message;
      }
      toast({ title: success, tone: "success" });
      router.refresh();
      return null;
    } catch {
      toast({ title: t("failed"), description: t("unreachable"), tone: "error" });
      return t("unreachable");
    }
  };
}

/** Start a planned milestone, or resume a delayed one. */
export function StartMilestoneButton({ isResume, ...target }: Target & { isResume: boolean }) {
  const t = useTranslations("milestonesClient");
  const run = useRun();
  const { executeAsync, isPending } = useAction(startMilestone);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        disabled={isPending}
        onClick={async () => setError(await run(() => executeAsync(target), t("start.done")))}
      >
        {isPending ? t("saving") : isResume ? t("start.resume") : t("start.start")}
      </Button>
      <FormMessage>{error}</FormMessage>
    </div>
  );
}

/** The start-up's evidence note; files are attached to it right after. */
export function SubmitEvidenceForm(target: Target) {
  const t = useTranslations("milestonesClient");
  const run = useRun();
  const { executeAsync, isPending } = useAction(submitMilestoneEvidence);
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SubmitMilestoneEvidenceInput>({
    resolver: zodResolver(submitMilestoneEvidenceSchema),
    defaultValues: { ...target, note: "" },
  });
  return (
    <form
      onSubmit={handleSubmit(async (input) =>
        setError(await run(() => executeAsync(input), t("submit.done"))),
      )}
      noValidate
      aria-label={t("submit.formLabel")}
      className="space-y-3"
    >
      <div>
        <label htmlFor="evidence-note" className="block text-sm font-medium text-ink-800">
          {t("submit.noteLabel")}
        </label>
        <p className="text-sm text-ink-500">{t("submit.noteHint")}</p>
        <textarea
          id="evidence-note"
          rows={4}
          className={`mt-1 ${inputClassName} h-auto py-2`}
          placeholder={t("submit.notePlaceholder")}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={errors.note ? "evidence-note-error" : undefined}
          {...register("note")}
        />
        <FieldError id="evidence-note-error" message={errors.note?.message} />
      </div>
      <FormMessage>{error}</FormMessage>
      <Button type="submit" disabled={isPending}>
        {isPending ? t("submit.pending") : t("submit.button")}
      </Button>
    </form>
  );
}

/** Flag a delay with the reason and a revised due date. */
export function DelayMilestoneForm({ today, ...target }: Target & { today: string }) {
  const t = useTranslations("milestonesClient");
  const run = useRun();
  const { executeAsync, isPending } = useAction(delayMilestone);
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<DelayMilestoneInput>({
    resolver: zodResolver(delayMilestoneSchema),
    defaultValues: { ...target, reason: "", dueOn: "" },
  });
  return (
    <form
      onSubmit={handleSubmit(async (input) =>
        setError(await run(() => executeAsync(input), t("delay.done"))),
      )}
      noValidate
      aria-label={t("delay.formLabel")}
      className="space-y-3"
    >
      <div>
        <label htmlFor="delay-reason" className="block text-sm font-medium text-ink-800">
          {t("delay.reasonLabel")}
        </label>
        <textarea
          id="delay-reason"
          rows={2}
          className={`mt-1 ${inputClassName} h-auto py-2`}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? "delay-reason-error" : undefined}
          {...register("reason")}
        />
        <FieldError id="delay-reason-error" message={errors.reason?.message} />
      </div>
      <div>
        <label htmlFor="delay-due" className="block text-sm font-medium text-ink-800">
          {t("delay.dueLabel")}
        </label>
        <input
          id="delay-due"
          type="date"
          min={today}
          className={`mt-1 ${inputClassName} max-w-48`}
          aria-invalid={errors.dueOn ? true : undefined}
          aria-describedby={errors.dueOn ? "delay-due-error" : undefined}
          {...register("dueOn")}
        />
        <FieldError id="delay-due-error" message={errors.dueOn?.message} />
      </div>
      <FormMessage>{error}</FormMessage>
      <Button type="submit" variant="secondary" disabled={isPending}>
        {isPending ? t("saving") : t("delay.button")}
      </Button>
    </form>
  );
}

/**
 * The officer's assessment: accept, or return with comments the start-up reads. Either outcome
 * is confirmed first (accepting can release a gated tranche; returning reopens the work).
 */
export function AssessMilestoneForm({
  signOffProblem,
  milestoneTitle,
  ...target
}: Target & { signOffProblem: string | null; milestoneTitle: string }) {
  const t = useTranslations("milestonesClient");
  const run = useRun();
  const { executeAsync, isPending } = useAction(assessMilestone);
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    control,
    trigger,
    getValues,
    formState: { errors },
  } = useForm<AssessMilestoneInput>({
    resolver: zodResolver(assessMilestoneSchema),
    defaultValues: { ...target, outcome: signOffProblem ? "RETURN" : "ACCEPT", comment: "" },
  });
  const outcome = useWatch({ control, name: "outcome" });
  const isReturn = outcome === "RETURN";
  const buttonLabel = isReturn ? t("assess.returnButton") : t("assess.acceptButton");

  async function confirm() {
    if (!(await trigger())) return;
    const input = getValues();
    setError(
      await run(
        () => executeAsync(input),
        input.outcome === "RETURN" ? t("assess.returnedDone") : t("assess.acceptedDone"),
      ),
    );
  }

  return (
    <form
      onSubmit={(event) => event.preventDefault()}
      noValidate
      aria-label={t("assess.formLabel")}
      className="space-y-3"
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink-800">{t("assess.outcome")}</legend>
        <label className="flex items-start gap-2 text-sm text-ink-700">
          <input
            type="radio"
            value="ACCEPT"
            className="mt-0.5"
            disabled={Boolean(signOffProblem)}
            {...register("outcome")}
          />
          <span>
            {t("assess.acceptOption")}
            {signOffProblem ? <span className="block text-amber-800">{signOffProblem}</span> : null}
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm text-ink-700">
          <input type="radio" value="RETURN" className="mt-0.5" {...register("outcome")} />
          {t("assess.returnOption")}
        </label>
      </fieldset>
      <div>
        <label htmlFor="assess-comment" className="block text-sm font-medium text-ink-800">
          {isReturn ? t("assess.commentReturn") : t("assess.commentOptional")}
        </label>
        <textarea
          id="assess-comment"
          rows={3}
          className={`mt-1 ${inputClassName} h-auto py-2`}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby={errors.comment ? "assess-comment-error" : undefined}
          {...register("comment")}
        />
        <FieldError id="assess-comment-error" message={errors.comment?.message} />
      </div>
      <FormMessage>{error}</FormMessage>
      <ConfirmDialog
        trigger={
          <Button type="button" disabled={isPending}>
            {isPending ? t("assess.pending") : buttonLabel}
          </Button>
        }
        title={isReturn ? t("assess.confirmReturnTitle") : t("assess.confirmAcceptTitle")}
        description={
          isReturn
            ? t("assess.confirmReturnBody", { title: milestoneTitle })
            : t("assess.confirmAcceptBody", { title: milestoneTitle })
        }
        confirmLabel={buttonLabel}
        tone={isReturn ? "danger" : "default"}
        onConfirm={confirm}
      />
    </form>
  );
}

/** The officer closes a milestone as missed (final: confirmed first). */
export function MarkMissedForm({ milestoneTitle, ...target }: Target & { milestoneTitle: string }) {
  const t = useTranslations("milestonesClient");
  const run = useRun();
  const { executeAsync, isPending } = useAction(markMilestoneMissed);
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    trigger,
    getValues,
    formState: { errors },
  } = useForm<MarkMilestoneMissedInput>({
    resolver: zodResolver(markMilestoneMissedSchema),
    defaultValues: { ...target, reason: "" },
  });
  return (
    <form
      onSubmit={(event) => event.preventDefault()}
      noValidate
      aria-label={t("missed.formLabel")}
      className="space-y-3"
    >
      <div>
        <label htmlFor="missed-reason" className="block text-sm font-medium text-ink-800">
          {t("missed.reasonLabel")}
        </label>
        <textarea
          id="missed-reason"
          rows={2}
          className={`mt-1 ${inputClassName} h-auto py-2`}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? "missed-reason-error" : undefined}
          {...register("reason")}
        />
        <FieldError id="missed-reason-error" message={errors.reason?.message} />
      </div>
      <FormMessage>{error}</FormMessage>
      <ConfirmDialog
        trigger={
          <Button type="button" variant="secondary" disabled={isPending}>
            {isPending ? t("saving") : t("missed.button")}
          </Button>
        }
        title={t("missed.confirmTitle")}
        description={t("missed.confirmBody", { title: milestoneTitle })}
        confirmLabel={t("missed.button")}
        tone="danger"
        onConfirm={async () => {
          if (!(await trigger())) return;
          setError(await run(() => executeAsync(getValues()), t("missed.done")));
        }}
      />
    </form>
  );
}

/** An assigned mentor signs off the submitted evidence. */
export function SignOffButton(target: Target) {
  const t = useTranslations("milestonesClient");
  const run = useRun();
  const { executeAsync, isPending } = useAction(signOffMilestone);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <p className="text-sm text-ink-600">{t("signOff.hint")}</p>
      <Button
        disabled={isPending}
        onClick={async () => setError(await run(() => executeAsync(target), t("signOff.done")))}
      >
        {isPending ? t("signOff.pending") : t("signOff.button")}
      </Button>
      <FormMessage>{error}</FormMessage>
    </div>
  );
}
