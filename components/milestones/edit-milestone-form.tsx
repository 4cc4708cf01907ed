"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { removeMilestone } from "@/lib/actions/milestones/remove-milestone";
import { updateMilestone } from "@/lib/actions/milestones/update-milestone";
import { milestoneCategoryLabels } from "@/lib/domain/milestone-categories";
import type { MilestoneCategory } from "@/lib/generated/prisma/enums";
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
  const router = useRouter();
  const update = useAction(updateMilestone);
  const remove = useAction(removeMilestone);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [isConfirmingRemoval, setIsConfirmingRemoval] = useState(false);
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
      if (!result.data) return setError(describeActionError(result));
      setDone("Saved.");
      router.refresh();
    } catch {
      setError(UNREACHABLE_MESSAGE);
    }
  }

  async function onRemove() {
    setError(null);
    try {
      const result = await remove.executeAsync({ organisation, milestoneId: milestone.id });
      if (!result.data) return setError(describeActionError(result));
      router.push(planPath);
    } catch {
      setError(UNREACHABLE_MESSAGE);
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label="Edit milestone"
      className="space-y-3"
    >
      <div>
        <label htmlFor="edit-title" className="block text-sm font-medium text-ink-800">
          Title
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
            Category
          </label>
          <select id="edit-category" className={`mt-1 ${inputClassName}`} {...register("category")}>
            {Object.entries(milestoneCategoryLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="edit-due" className="block text-sm font-medium text-ink-800">
            Due date
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
          What counts as done
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
          <input type="checkbox" className="mt-0.5" {...register("requiresMentorSignOff")} />A
          mentor must sign off the evidence before it is accepted
        </label>
      ) : null}
      <FormMessage>{error}</FormMessage>
      <FormMessage tone="success">{done}</FormMessage>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="secondary" disabled={update.isPending || !isDirty}>
          {update.isPending ? "Saving…" : "Save changes"}
        </Button>
        {canRemove ? (
          isConfirmingRemoval ? (
            <>
              <Button variant="ghost" onClick={onRemove} disabled={remove.isPending}>
                {remove.isPending ? "Removing…" : "Yes, remove it from the plan"}
              </Button>
              <Button variant="ghost" onClick={() => setIsConfirmingRemoval(false)}>
                Keep it
              </Button>
            </>
          ) : (
            <Button variant="ghost" onClick={() => setIsConfirmingRemoval(true)}>
              Remove from plan
            </Button>
          )
        ) : null}
      </div>
    </form>
  );
}
