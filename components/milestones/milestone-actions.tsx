"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
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

/** Runs an action and refreshes the page; returns the error message to show, if any. */
function useRun() {
  const router = useRouter();
  return async (
    run: () => Promise<{
      data?: unknown;
      serverError?: { message: string };
      validationErrors?: unknown;
    }>,
  ) => {
    try {
      const result = await run();
      if (!result.data) return describeActionError(result);
      router.refresh();
      return null;
    } catch {
      return UNREACHABLE_MESSAGE;
    }
  };
}

/** Start a planned milestone, or resume a delayed one. */
export function StartMilestoneButton({ isResume, ...target }: Target & { isResume: boolean }) {
  const run = useRun();
  const { executeAsync, isPending } = useAction(startMilestone);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        disabled={isPending}
        onClick={async () => setError(await run(() => executeAsync(target)))}
      >
        {isPending ? "Saving…" : isResume ? "Resume: back in progress" : "Mark in progress"}
      </Button>
      <FormMessage>{error}</FormMessage>
    </div>
  );
}

/** The start-up's evidence note; files are attached to it right after. */
export function SubmitEvidenceForm(target: Target) {
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
      onSubmit={handleSubmit(async (input) => setError(await run(() => executeAsync(input))))}
      noValidate
      aria-label="Submit evidence"
      className="space-y-3"
    >
      <div>
        <label htmlFor="evidence-note" className="block text-sm font-medium text-ink-800">
          What shows this milestone is achieved?
        </label>
        <p className="text-sm text-ink-500">
          The programme officer reads this. You attach the documents on the next step.
        </p>
        <textarea
          id="evidence-note"
          rows={4}
          className={`mt-1 ${inputClassName} h-auto py-2`}
          placeholder="e.g. Final GLP study report from the CRO, audited by QA; no adverse findings at the planned clinical dose."
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={errors.note ? "evidence-note-error" : undefined}
          {...register("note")}
        />
        <FieldError id="evidence-note-error" message={errors.note?.message} />
      </div>
      <FormMessage>{error}</FormMessage>
      <Button type="submit" disabled={isPending}>
        {isPending ? "Submitting…" : "Submit evidence for assessment"}
      </Button>
    </form>
  );
}

/** Flag a delay with the reason and a revised due date. */
export function DelayMilestoneForm({ today, ...target }: Target & { today: string }) {
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
      onSubmit={handleSubmit(async (input) => setError(await run(() => executeAsync(input))))}
      noValidate
      aria-label="Mark delayed"
      className="space-y-3"
    >
      <div>
        <label htmlFor="delay-reason" className="block text-sm font-medium text-ink-800">
          Why is it delayed?
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
          Revised due date
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
        {isPending ? "Saving…" : "Mark delayed"}
      </Button>
    </form>
  );
}

/** The officer's assessment: accept, or return with comments the start-up reads. */
export function AssessMilestoneForm({
  signOffProblem,
  ...target
}: Target & { signOffProblem: string | null }) {
  const run = useRun();
  const { executeAsync, isPending } = useAction(assessMilestone);
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<AssessMilestoneInput>({
    resolver: zodResolver(assessMilestoneSchema),
    defaultValues: { ...target, outcome: signOffProblem ? "RETURN" : "ACCEPT", comment: "" },
  });
  const outcome = useWatch({ control, name: "outcome" });
  return (
    <form
      onSubmit={handleSubmit(async (input) => setError(await run(() => executeAsync(input))))}
      noValidate
      aria-label="Assess the evidence"
      className="space-y-3"
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink-800">Outcome</legend>
        <label className="flex items-start gap-2 text-sm text-ink-700">
          <input
            type="radio"
            value="ACCEPT"
            className="mt-0.5"
            disabled={Boolean(signOffProblem)}
            {...register("outcome")}
          />
          <span>
            Accept: the milestone is achieved.
            {signOffProblem ? <span className="block text-amber-800">{signOffProblem}</span> : null}
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm text-ink-700">
          <input type="radio" value="RETURN" className="mt-0.5" {...register("outcome")} />
          Return it with comments: the start-up adds evidence and submits again.
        </label>
      </fieldset>
      <div>
        <label htmlFor="assess-comment" className="block text-sm font-medium text-ink-800">
          {outcome === "RETURN"
            ? "What is missing (the start-up reads this)"
            : "Comment (optional)"}
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
      <Button type="submit" disabled={isPending}>
        {isPending
          ? "Recording…"
          : outcome === "RETURN"
            ? "Return to the start-up"
            : "Accept as achieved"}
      </Button>
    </form>
  );
}

/** The officer closes a milestone as missed. */
export function MarkMissedForm(target: Target) {
  const run = useRun();
  const { executeAsync, isPending } = useAction(markMilestoneMissed);
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<MarkMilestoneMissedInput>({
    resolver: zodResolver(markMilestoneMissedSchema),
    defaultValues: { ...target, reason: "" },
  });
  return (
    <form
      onSubmit={handleSubmit(async (input) => setError(await run(() => executeAsync(input))))}
      noValidate
      aria-label="Mark missed"
      className="space-y-3"
    >
      <div>
        <label htmlFor="missed-reason" className="block text-sm font-medium text-ink-800">
          Why was it missed? (final; the start-up reads this)
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
      <Button type="submit" variant="secondary" disabled={isPending}>
        {isPending ? "Saving…" : "Mark missed"}
      </Button>
    </form>
  );
}

/** An assigned mentor signs off the submitted evidence. */
export function SignOffButton(target: Target) {
  const run = useRun();
  const { executeAsync, isPending } = useAction(signOffMilestone);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <p className="text-sm text-ink-600">
        Read the evidence below. Signing off tells the programme team the evidence holds up; they
        then accept or return it.
      </p>
      <Button
        disabled={isPending}
        onClick={async () => setError(await run(() => executeAsync(target)))}
      >
        {isPending ? "Signing off…" : "Sign off the evidence"}
      </Button>
      <FormMessage>{error}</FormMessage>
    </div>
  );
}
