"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeActionError } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { removeMilestone } from "@/lib/actions/milestones/remove-milestone";
import { updateMilestone } from "@/lib/actions/milestones/update-milestone";
import { MilestoneCategory } from "@/lib/generated/prisma/enums";
import { updateMilestoneSchema, type UpdateMilestoneInput } from "@/lib/schemas/milestones";

/** Edit a planned or in-progress milestone; a planned one can also be taken off the plan. */
export function EditMilestoneForm({
  organisation,
  milestone,
  earliest,
  isOfficer,
  canRemove,
  planPath,
}: {
  organisation: string;
  milestone: {
    id: string;
    title: string;
    category: MilestoneCategory;
    description: string | null;
    dueOn: string;
    requiresMentorSignOff: boolean;
  };
  earliest: string;
  isOfficer: boolean;
  canRemove: boolean;
  planPath: string;
}) {
  const t = useTranslations("milestonesClient");
  const toast = useToast();
  const router = useRouter();
  const update = useAction(updateMilestone);
  const remove = useAction(removeMilestone);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isDirty },
  } = useForm<UpdateMilestoneInput>({
    resolver: zodResolver(updateMilestoneSchema),
    defaultValues: {
      organisation,
      milestoneId: milestone.id,
      title: milestone.title,
      category: milestone.category,
      description: milestone.description ?? "",
      dueOn: milestone.dueOn,
      requiresMentorSignOff: milestone.requiresMentorSignOff,
    },
  });

  async function onSubmit(input: UpdateMilestoneInput) {
    setError(null);
    setDone(null);
    try {
      const result = await update.executeAsync(input);
      if (!result.data) return setError(describeActionError(result) ?? t("unreachable"));
      setDone(t("edit.saved"));
      toast({ title: t("edit.saved"), tone: "success" });
      router.refresh();
    } catch {
      setError(t("unreachable"));
    }
  }

  async function onRemove() {
    setError(null);
    try {
      const result = await remove.executeAsync({ organisation, milestoneId: milestone.id });
      if (!result.data) {
        const message = describeActionError(result) ?? t("unreachable");
        setError(message);
        toast({ title: t("failed"), description: message, tone: "error" });
        return;
      }
      toast({ title: t("edit.removed", { title: milestone.title }), tone: "success" });
      router.push(planPath);
    } catch {
      setError(t("unreachable"));
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label={t("edit.formLabel")}
      className="space-y-3"
    >
      <div>
        <label htmlFor="edit-title" className="block text-sm font-medium text-ink-800">
          {t("field.title")}
        </label>
        <input
          id="edit-title"
          className={`mt-1 ${inputClassName}`}
          aria-invalid={errors.title ? true : undefined}
          {...register("title")}
        />
        {errors.title ? <p className="mt-1 text-sm text-red-700">{errors.title.message}</p> : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="edit-category" className="block text-sm font-medium text-ink-800">
            {t("field.category")}
          </label>
          <select id="edit-category" className={`mt-1 ${inputClassName}`} {...register("category")}>
            {Object.values(MilestoneCategory).map((value) => (
              <option key={value} value={value}>
                {t(`category.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="edit-due" className="block text-sm font-medium text-ink-800">
            {t("add.dueDate")}
          </label>
          <input
            id="edit-due"
            type="date"
            min={earliest}
            className={`mt-1 ${inputClassName}`}
            aria-invalid={errors.dueOn ? true : undefined}
            {...register("dueOn")}
          />
          {errors.dueOn ? (
            <p className="mt-1 text-sm text-red-700">{errors.dueOn.message}</p>
          ) : null}
        </div>
      </div>
      <div>
        <label htmlFor="edit-description" className="block text-sm font-medium text-ink-800">
          {t("field.doneWhen")}
        </label>
        <textarea
          id="edit-description"
          rows={2}
          className={`mt-1 ${inputClassName} h-auto py-2`}
          {...register("description")}
        />
      </div>
      {isOfficer ? (
        <label className="flex items-start gap-2 text-sm text-ink-700">
          <input type="checkbox" className="mt-0.5" {...register("requiresMentorSignOff")} />
          {t("field.requiresSignOff")}
        </label>
      ) : null}
      <FormMessage>{error}</FormMessage>
      <FormMessage tone="success">{done}</FormMessage>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="secondary" disabled={update.isPending || !isDirty}>
          {update.isPending ? t("saving") : t("edit.save")}
        </Button>
        {canRemove ? (
          <ConfirmDialog
            trigger={
              <Button variant="ghost" disabled={remove.isPending}>
                {t("edit.remove")}
              </Button>
            }
            title={t("edit.confirmRemoveTitle")}
            description={t("edit.confirmRemoveBody", { title: milestone.title })}
            confirmLabel={t("edit.confirmRemove")}
            cancelLabel={t("edit.keep")}
            tone="danger"
            onConfirm={onRemove}
          />
        ) : null}
      </div>
    </form>
  );
}
