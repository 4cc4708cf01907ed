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
import { Card, CardHeader } from "@/components/ui/card";
import { useToast } from "@/components/ui/toast";
import { addMilestonesFromTemplates } from "@/lib/actions/milestones/add-milestones-from-templates";
import { createMilestone } from "@/lib/actions/milestones/create-milestone";
import { MilestoneCategory } from "@/lib/generated/prisma/enums";
import { createMilestoneSchema, type CreateMilestoneInput } from "@/lib/schemas/milestones";

export type TemplateChoice = {
  id: string;
  title: string;
  titleZh: string | null;
  description: string | null;
  category: MilestoneCategory;
  defaultDueOn: string;
  requiresMentorSignOff: boolean;
  isInPlan: boolean;
};

/** Adds milestones to a plan: pathway templates (due dates from their offsets) or one by hand. */
export function AddMilestones({
  organisation,
  enrolmentId,
  enrolmentStartsOn,
  templates,
  isOfficer,
}: {
  organisation: string;
  enrolmentId: string;
  enrolmentStartsOn: string;
  templates: TemplateChoice[];
  isOfficer: boolean;
}) {
  const t = useTranslations("milestonesClient");
  return (
    <Card>
      <CardHeader title={t("add.title")} description={t("add.description")} />
      <div className="grid divide-y divide-ink-100 lg:grid-cols-2 lg:divide-x lg:divide-y-0">
        <TemplatePicker
          organisation={organisation}
          enrolmentId={enrolmentId}
          templates={templates}
        />
        <HandWrittenMilestone
          organisation={organisation}
          enrolmentId={enrolmentId}
          earliest={enrolmentStartsOn}
          isOfficer={isOfficer}
        />
      </div>
    </Card>
  );
}

function TemplatePicker({
  organisation,
  enrolmentId,
  templates,
}: {
  organisation: string;
  enrolmentId: string;
  templates: TemplateChoice[];
}) {
  const t = useTranslations("milestonesClient");
  const toast = useToast();
  const router = useRouter();
  const { executeAsync, isPending } = useAction(addMilestonesFromTemplates);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const available = templates.filter((template) => !template.isInPlan);
  const count = Object.keys(chosen).length;

  function toggle(template: TemplateChoice, isChecked: boolean) {
    setChosen((current) => {
      const next = { ...current };
      if (isChecked) next[template.id] = template.defaultDueOn;
      else delete next[template.id];
      return next;
    });
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    setDone(null);
    if (count === 0) return setError(t("add.chooseOne"));
    try {
      const result = await executeAsync({
        organisation,
        enrolmentId,
        items: Object.entries(chosen).map(([templateId, dueOn]) => ({ templateId, dueOn })),
      });
      if (!result.data) return setError(describeActionError(result) ?? t("unreachable"));
      const message = t("add.addedCount", { count: result.data.milestoneIds.length });
      setDone(message);
      toast({ title: message, tone: "success" });
      setChosen({});
      router.refresh();
    } catch {
      setError(t("unreachable"));
    }
  }

  return (
    <form
      onSubmit={submit}
      aria-label={t("add.templatesLabel")}
      className="space-y-3 px-4 py-4 sm:px-5"
    >
      <h3 className="text-sm font-semibold text-ink-900">{t("add.fromTemplates")}</h3>
      {available.length === 0 ? (
        <p className="text-sm text-ink-500">{t("add.allInPlan")}</p>
      ) : (
        <ul className="space-y-2">
          {available.map((template) => {
            const isChecked = template.id in chosen;
            const checkboxId = `template-${template.id}`;
            return (
              <li key={template.id} className="rounded-md border border-ink-200 px-3 py-2">
                <div className="flex items-start gap-2">
                  <input
                    id={checkboxId}
                    type="checkbox"
                    className="mt-1"
                    checked={isChecked}
                    onChange={(event) => toggle(template, event.target.checked)}
                  />
                  <label htmlFor={checkboxId} className="min-w-0 flex-1 text-sm">
                    <span className="font-medium text-ink-900">{template.title}</span>
                    {template.titleZh ? (
                      <span className="block text-xs text-ink-500" lang="zh-HK">
                        {template.titleZh}
                      </span>
                    ) : null}
                    <span className="block text-xs text-ink-500">
                      {t(`category.${template.category}`)}
                      {template.requiresMentorSignOff ? ` · ${t("add.signOffRequired")}` : ""}
                    </span>
                  </label>
                </div>
                {isChecked ? (
                  <div className="mt-2 ml-6">
                    <label
                      htmlFor={`${checkboxId}-due`}
                      className="block text-xs font-medium text-ink-700"
                    >
                      {t("add.dueDate")}
                    </label>
                    <input
                      id={`${checkboxId}-due`}
                      type="date"
                      className={`mt-1 ${inputClassName} max-w-48`}
                      value={chosen[template.id]}
                      required
                      onChange={(event) =>
                        setChosen((current) => ({ ...current, [template.id]: event.target.value }))
                      }
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <FormMessage>{error}</FormMessage>
      <FormMessage tone="success">{done}</FormMessage>
      {available.length > 0 ? (
        <Button type="submit" disabled={isPending || count === 0}>
          {isPending
            ? t("add.adding")
            : count === 0
              ? t("add.addToPlan")
              : t("add.addCount", { count })}
        </Button>
      ) : null}
    </form>
  );
}

function HandWrittenMilestone({
  organisation,
  enrolmentId,
  earliest,
  isOfficer,
}: {
  organisation: string;
  enrolmentId: string;
  earliest: string;
  isOfficer: boolean;
}) {
  const t = useTranslations("milestonesClient");
  const toast = useToast();
  const router = useRouter();
  const { executeAsync, isPending } = useAction(createMilestone);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<CreateMilestoneInput>({
    resolver: zodResolver(createMilestoneSchema),
    defaultValues: {
      organisation,
      enrolmentId,
      category: "RESEARCH",
      title: "",
      description: "",
      dueOn: "",
      requiresMentorSignOff: false,
    },
  });

  async function onSubmit(input: CreateMilestoneInput) {
    setError(null);
    setDone(null);
    try {
      const result = await executeAsync(input);
      if (!result.data) return setError(describeActionError(result) ?? t("unreachable"));
      const message = t("add.addedOne", { title: input.title });
      setDone(message);
      toast({ title: message, tone: "success" });
      reset();
      router.refresh();
    } catch {
      setError(t("unreachable"));
    }
  }

  const fieldError = (id: string, message?: string) =>
    message ? (
      <p id={id} className="mt-1 text-sm text-red-700">
        {message}
      </p>
    ) : null;

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label={t("add.writeLabel")}
      className="space-y-3 px-4 py-4 sm:px-5"
    >
      <h3 className="text-sm font-semibold text-ink-900">{t("add.writeOwn")}</h3>
      <div>
        <label htmlFor="milestone-title" className="block text-sm font-medium text-ink-800">
          {t("field.title")}
        </label>
        <input
          id="milestone-title"
          className={`mt-1 ${inputClassName}`}
          placeholder={t("add.titlePlaceholder")}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? "milestone-title-error" : undefined}
          {...register("title")}
        />
        {fieldError("milestone-title-error", errors.title?.message)}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="milestone-category" className="block text-sm font-medium text-ink-800">
            {t("field.category")}
          </label>
          <select
            id="milestone-category"
            className={`mt-1 ${inputClassName}`}
            {...register("category")}
          >
            {Object.values(MilestoneCategory).map((value) => (
              <option key={value} value={value}>
                {t(`category.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="milestone-due" className="block text-sm font-medium text-ink-800">
            {t("add.dueDate")}
          </label>
          <input
            id="milestone-due"
            type="date"
            min={earliest}
            className={`mt-1 ${inputClassName}`}
            aria-invalid={errors.dueOn ? true : undefined}
            aria-describedby={errors.dueOn ? "milestone-due-error" : undefined}
            {...register("dueOn")}
          />
          {fieldError("milestone-due-error", errors.dueOn?.message)}
        </div>
      </div>
      <div>
        <label htmlFor="milestone-description" className="block text-sm font-medium text-ink-800">
          {t("field.doneWhen")}{" "}
          <span className="font-normal text-ink-500">{t("field.optional")}</span>
        </label>
        <textarea
          id="milestone-description"
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
      <Button type="submit" variant="secondary" disabled={isPending}>
        {isPending ? t("add.adding") : t("add.addOne")}
      </Button>
    </form>
  );
}
