"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { Button } from "@/components/ui/button";
import { changeEnrolmentStatus } from "@/lib/actions/enrolments/change-enrolment-status";
import { changeEnrolmentStatusSchema, type ChangeEnrolmentStatusInput } from "@/lib/schemas/cohort";

/**
 * Graduate or withdraw, with the reason. Both are final: the form says what follows (mentors'
 * assignments end, scheduled sessions are cancelled) before the officer commits.
 */
export function EnrolmentStatusForm({
  organisation,
  enrolmentId,
  startupName,
}: {
  organisation: string;
  enrolmentId: string;
  startupName: string;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(changeEnrolmentStatus);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<ChangeEnrolmentStatusInput>({
    resolver: zodResolver(changeEnrolmentStatusSchema),
    defaultValues: { organisation, enrolmentId, to: "GRADUATED", reason: "" },
  });
  const to = useWatch({ control, name: "to" });

  async function onSubmit(input: ChangeEnrolmentStatusInput) {
    setFormError(null);
    try {
      const result = await executeAsync(input);
      if (!result.data) return setFormError(describeActionError(result));
      router.refresh();
    } catch {
      setFormError(UNREACHABLE_MESSAGE);
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label="End the enrolment"
      className="space-y-3"
    >
      <fieldset>
        <legend className="text-sm font-medium text-ink-800">Outcome</legend>
        <div className="mt-1.5 flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" value="GRADUATED" {...register("to")} /> Graduated
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" value="WITHDRAWN" {...register("to")} /> Withdrawn
          </label>
        </div>
      </fieldset>
      <div>
        <label htmlFor="enrolment-reason" className="block text-sm font-medium text-ink-800">
          Reason
        </label>
        <textarea
          id="enrolment-reason"
          rows={3}
          aria-invalid={errors.reason ? true : undefined}
          className="mt-1 block w-full rounded-md border border-ink-300 px-3 py-2 text-sm shadow-xs focus:border-brand-600 focus:ring-2 focus:ring-brand-600/20 focus:outline-none"
          placeholder={
            to === "GRADUATED"
              ? "e.g. Completed the programme; closed a Series A."
              : "e.g. R&D moved out of the Science Park."
          }
          {...register("reason")}
        />
        {errors.reason ? (
          <p className="mt-1 text-sm text-red-700">{errors.reason.message}</p>
        ) : null}
      </div>
      <p className="text-xs text-ink-500">
        This is final. {startupName}&apos;s mentor assignments end today and sessions still
        scheduled are cancelled; the team and mentors are told.
      </p>
      <FormMessage>{formError}</FormMessage>
      <Button type="submit" variant="secondary" disabled={isPending}>
        {isPending ? "Saving…" : to === "GRADUATED" ? "Graduate" : "Withdraw"}
      </Button>
    </form>
  );
}
