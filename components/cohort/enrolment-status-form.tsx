"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { describeActionError } from "@/components/members/action-error";
import { buttonClassName } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { changeEnrolmentStatus } from "@/lib/actions/enrolments/change-enrolment-status";
import { changeEnrolmentStatusSchema, type ChangeEnrolmentStatusInput } from "@/lib/schemas/cohort";

/**
 * Graduate or withdraw, with the reason. Both are final: the form says what follows (mentors'
 * assignments end, scheduled sessions are cancelled) and asks again before the officer commits.
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
  const t = useTranslations("cohortClient");
  const router = useRouter();
  const toast = useToast();
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
  const isGraduating = to === "GRADUATED";

  async function onSubmit(input: ChangeEnrolmentStatusInput) {
    try {
      const result = await executeAsync(input);
      if (!result.data) {
        toast({
          title: t("status.failed"),
          description: describeActionError(result) ?? "",
          tone: "error",
        });
        return;
      }
      toast({
        title:
          input.to === "GRADUATED"
            ? t("status.doneGraduated", { name: startupName })
            : t("status.doneWithdrawn", { name: startupName }),
        tone: "success",
      });
      router.refresh();
    } catch {
      toast({ title: t("status.failed"), description: t("unreachable"), tone: "error" });
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label={t("status.label")}
      className="space-y-3"
    >
      <fieldset>
        <legend className="text-sm font-medium text-ink-800">{t("status.outcome")}</legend>
        <div className="mt-1.5 flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" value="GRADUATED" {...register("to")} /> {t("status.graduated")}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" value="WITHDRAWN" {...register("to")} /> {t("status.withdrawn")}
          </label>
        </div>
      </fieldset>
      <div>
        <label htmlFor="enrolment-reason" className="block text-sm font-medium text-ink-800">
          {t("status.reason")}
        </label>
        <textarea
          id="enrolment-reason"
          rows={3}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? "enrolment-reason-error" : undefined}
          className="mt-1 block w-full rounded-md border border-ink-300 px-3 py-2 text-sm shadow-xs focus:border-brand-600 focus:ring-2 focus:ring-brand-600/20 focus:outline-none"
          placeholder={
            isGraduating ? t("status.placeholderGraduated") : t("status.placeholderWithdrawn")
          }
          {...register("reason")}
        />
        {errors.reason ? (
          <p id="enrolment-reason-error" className="mt-1 text-sm text-red-700">
            {errors.reason.message}
          </p>
        ) : null}
      </div>
      <p className="text-xs text-ink-500">{t("status.final", { name: startupName })}</p>
      <ConfirmDialog
        tone="danger"
        title={
          isGraduating
            ? t("status.confirmGraduate", { name: startupName })
            : t("status.confirmWithdraw", { name: startupName })
        }
        description={t("status.confirmBody", { name: startupName })}
        confirmLabel={isGraduating ? t("status.graduate") : t("status.withdraw")}
        onConfirm={() => handleSubmit(onSubmit)()}
        trigger={
          <button
            type="button"
            disabled={isPending}
            className={buttonClassName({ variant: "secondary" })}
          >
            {isPending ? t("saving") : isGraduating ? t("status.graduate") : t("status.withdraw")}
          </button>
        }
      />
    </form>
  );
}
