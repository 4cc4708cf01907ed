"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { moveItem } from "@/components/form-builder/builder-state";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Field, textareaClassName } from "@/components/programmes/field";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { saveEligibilityCriteria } from "@/lib/actions/calls/save-eligibility-criteria";
import { saveEligibilityCriteriaSchema, type EligibilityRuleInput } from "@/lib/schemas/calls";
import type { FormQuestion } from "@/lib/schemas/forms";

/** Questions an automatic check can read: yes/no and choice questions shown to everyone. */
export type CheckableQuestion = Extract<
  FormQuestion,
  { type: "yesNo" | "singleChoice" | "multipleChoice" }
>;

type Draft = {
  localId: string;
  label: string;
  labelZh: string;
  description: string;
  rule: EligibilityRuleInput | null;
};

let nextLocalId = 0;
const localId = () => `criterion-new-${++nextLocalId}`;

/** A stored rule in the shape the editor offers: yes/no, or "one of" for choices. */
function editableRule(rule: unknown): EligibilityRuleInput | null {
  if (!rule || typeof rule !== "object") return null;
  const value = rule as Record<string, unknown>;
  if (typeof value.questionKey !== "string") return null;
  if (value.type === "yesNo" && typeof value.expected === "boolean") {
    return { type: "yesNo", questionKey: value.questionKey, expected: value.expected };
  }
  if (value.type === "anyOf" && Array.isArray(value.values)) {
    return { type: "anyOf", questionKey: value.questionKey, values: value.values.map(String) };
  }
  if (value.type === "equals") {
    return typeof value.expected === "boolean"
      ? { type: "yesNo", questionKey: value.questionKey, expected: value.expected }
      : { type: "anyOf", questionKey: value.questionKey, values: [String(value.expected)] };
  }
  return null;
}

/** The rule a newly chosen question starts with. */
function ruleFor(question: CheckableQuestion): EligibilityRuleInput {
  return question.type === "yesNo"
    ? { type: "yesNo", questionKey: question.key, expected: true }
    : { type: "anyOf", questionKey: question.key, values: [] };
}

/**
 * The call's eligibility criteria, in order: a label, an optional description and either
 * self-declared (the office checks it at screening) or an automatic check against a yes/no or
 * choice answer on the form, which applicants see pass or fail as they answer.
 */
export function EligibilityEditor({
  organisation,
  callId,
  initialCriteria,
  questions,
  isReadOnly,
}: {
  organisation: string;
  callId: string;
  initialCriteria: readonly {
    label: string;
    labelZh: string | null;
    description: string | null;
    rule: unknown;
  }[];
  questions: readonly CheckableQuestion[];
  isReadOnly: boolean;
}) {
  const t = useTranslations("callsClient.eligibility");
  const toast = useToast();
  const router = useRouter();
  const [criteria, setCriteria] = useState<Draft[]>(() =>
    // Ids from positions at first, so the server's and the browser's render agree.
    initialCriteria.map((criterion, index) => ({
      localId: `criterion-${index}`,
      label: criterion.label,
      labelZh: criterion.labelZh ?? "",
      description: criterion.description ?? "",
      rule: editableRule(criterion.rule),
    })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [isDirty, setIsDirty] = useState(false);
  const { executeAsync, isPending } = useAction(saveEligibilityCriteria);
  const questionByKey = new Map(questions.map((question) => [question.key, question]));

  function change(index: number, patch: Partial<Draft>) {
    setCriteria((current) => current.map((c, i) => (i === index ? { ...c, ...patch } : c)));
    setIsDirty(true);
    setMessage(null);
  }
  function reorder(next: Draft[]) {
    setCriteria(next);
    setIsDirty(true);
    setMessage(null);
  }

  async function save() {
    const input = {
      organisation,
      callId,
      criteria: criteria.map(({ label, labelZh, description, rule }) => ({
        label,
        labelZh,
        description,
        rule,
      })),
    };
    const checked = saveEligibilityCriteriaSchema.safeParse(input);
    if (!checked.success) {
      const found: Record<string, string> = {};
      for (const issue of checked.error.issues) {
        const [, index, field] = issue.path;
        const criterion = typeof index === "number" ? criteria[index] : undefined;
        if (criterion) found[`${criterion.localId}.${String(field)}`] ??= issue.message;
      }
      setErrors(found);
      setMessage({ tone: "error", text: t("checkHighlighted") });
      return;
    }
    setErrors({});
    try {
      const result = await executeAsync(input);
      if (!result?.data) {
        setMessage({ tone: "error", text: describeActionError(result ?? {}) ?? t("notSaved") });
        return;
      }
      setIsDirty(false);
      setMessage({ tone: "success", text: t("saved") });
      toast({ title: t("saved") });
      router.refresh();
    } catch {
      setMessage({ tone: "error", text: UNREACHABLE_MESSAGE });
    }
  }

  return (
    <div className="space-y-4">
      {criteria.length === 0 ? (
        <p className="rounded-md border border-dashed border-ink-200 bg-ink-50/50 px-3 py-4 text-sm text-ink-600">
          {t("empty")}
        </p>
      ) : (
        <ol aria-label={t("listLabel")} className="space-y-3">
          {criteria.map((criterion, index) => {
            const id = (field: string) => `${criterion.localId}-${field}`;
            const error = (field: string) => errors[`${criterion.localId}.${field}`];
            const rule = criterion.rule;
            const question = rule ? questionByKey.get(rule.questionKey) : undefined;
            const name = criterion.label || t("criterionNumber", { number: index + 1 });
            return (
              <li key={criterion.localId} className="rounded-md border border-ink-200 p-3 sm:p-4">
                <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
                  <p className="text-sm font-medium text-ink-900">
                    {t("criterionNumber", { number: index + 1 })}
                  </p>
                  {isReadOnly ? null : (
                    <div className="flex gap-1">
                      <Button
                        size="sm"
                        variant="ghost"
                        disabled={index === 0}
                        aria-label={t("moveUp", { name })}
                        onClick={() => reorder(moveItem(criteria, index, -1))}
                      >
                        ↑
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        disabled={index === criteria.length - 1}
                        aria-label={t("moveDown", { name })}
                        onClick={() => reorder(moveItem(criteria, index, 1))}
                      >
                        ↓
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={t("remove", { name })}
                        onClick={() => reorder(criteria.filter((_, i) => i !== index))}
                      >
                        {t("removeButton")}
                      </Button>
                    </div>
                  )}
                </div>
                <fieldset disabled={isReadOnly} className="space-y-3">
                  <div className="grid gap-3 sm:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
                    <Field id={id("label")} label={t("criterion")} error={error("label")}>
                      <input
                        id={id("label")}
                        className={inputClassName}
                        value={criterion.label}
                        aria-invalid={error("label") ? true : undefined}
                        onChange={(event) => change(index, { label: event.target.value })}
                      />
                    </Field>
                    <Field id={id("label-zh")} label={t("chinese")}>
                      <input
                        id={id("label-zh")}
                        lang="zh-HK"
                        className={inputClassName}
                        value={criterion.labelZh}
                        onChange={(event) => change(index, { labelZh: event.target.value })}
                      />
                    </Field>
                  </div>
                  <Field id={id("description")} label={t("explanation")}>
                    <textarea
                      id={id("description")}
                      rows={2}
                      className={textareaClassName}
                      value={criterion.description}
                      onChange={(event) => change(index, { description: event.target.value })}
                    />
                  </Field>
                  <fieldset className="space-y-2">
                    <legend className="text-sm font-medium text-ink-800">{t("howChecked")}</legend>
                    <label className="flex items-center gap-2 text-sm text-ink-800">
                      <input
                        type="radio"
                        name={id("mode")}
                        checked={rule === null}
                        onChange={() => change(index, { rule: null })}
                      />
                      {t("selfDeclared")}
                    </label>
                    <label className="flex items-center gap-2 text-sm text-ink-800">
                      <input
                        type="radio"
                        name={id("mode")}
                        checked={rule !== null}
                        disabled={questions.length === 0}
                        onChange={() =>
                          questions[0] ? change(index, { rule: ruleFor(questions[0]) }) : undefined
                        }
                      />
                      {t("automatic")}
                    </label>
                    {questions.length === 0 ? (
                      <p className="pl-6 text-xs text-ink-500">{t("noQuestions")}</p>
                    ) : null}
                    {rule ? (
                      <div className="space-y-2 rounded-md bg-ink-50 p-3 sm:ml-6">
                        <Field id={id("question")} label={t("question")} error={error("rule")}>
                          <select
                            id={id("question")}
                            className={inputClassName}
                            value={question ? rule.questionKey : ""}
                            onChange={(event) => {
                              const chosen = questionByKey.get(event.target.value);
                              if (chosen) change(index, { rule: ruleFor(chosen) });
                            }}
                          >
                            {question ? null : <option value="">{t("questionGone")}</option>}
                            {questions.map((option) => (
                              <option key={option.key} value={option.key}>
                                {option.label}
                              </option>
                            ))}
                          </select>
                        </Field>
                        {question?.type === "yesNo" && rule.type === "yesNo" ? (
                          <fieldset className="flex flex-wrap items-center gap-4 text-sm text-ink-800">
                            <legend className="mb-1 text-sm font-medium text-ink-800">
                              {t("eligibleWhen")}
                            </legend>
                            {[true, false].map((expected) => (
                              <label key={String(expected)} className="flex items-center gap-2">
                                <input
                                  type="radio"
                                  name={id("expected")}
                                  checked={rule.expected === expected}
                                  onChange={() => change(index, { rule: { ...rule, expected } })}
                                />
                                {expected ? t("yes") : t("no")}
                              </label>
                            ))}
                          </fieldset>
                        ) : null}
                        {question && question.type !== "yesNo" && rule.type === "anyOf" ? (
                          <fieldset className="space-y-1">
                            <legend className="mb-1 text-sm font-medium text-ink-800">
                              {t("eligibleAnswers")}
                            </legend>
                            <div className="grid gap-1 sm:grid-cols-2">
                              {question.options.map((option) => (
                                <label
                                  key={option.value}
                                  className="flex items-center gap-2 text-sm text-ink-800"
                                >
                                  <input
                                    type="checkbox"
                                    checked={rule.values.includes(option.value)}
                                    onChange={(event) =>
                                      change(index, {
                                        rule: {
                                          ...rule,
                                          values: event.target.checked
                                            ? [...rule.values, option.value]
                                            : rule.values.filter((v) => v !== option.value),
                                        },
                                      })
                                    }
                                  />
                                  {option.label}
                                </label>
                              ))}
                            </div>
                          </fieldset>
                        ) : null}
                      </div>
                    ) : null}
                  </fieldset>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      {isReadOnly ? null : (
        <div className="flex flex-wrap items-center gap-3">
          <Button
            variant="secondary"
            onClick={() =>
              reorder([
                ...criteria,
                { localId: localId(), label: "", labelZh: "", description: "", rule: null },
              ])
            }
          >
            {t("add")}
          </Button>
          <Button onClick={save} disabled={isPending || !isDirty}>
            {isPending ? t("saving") : t("save")}
          </Button>
          {isDirty ? <span className="text-sm text-ink-500">{t("unsaved")}</span> : null}
        </div>
      )}
    </div>
  );
}
