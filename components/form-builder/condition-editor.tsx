"use client";

import { useTranslations } from "next-intl";
import { inputClassName } from "@/components/members/input-class-name";
import { canControlConditions, conditionValues } from "@/lib/domain/form-builder";
import type { ShowIfCondition } from "@/lib/domain/form-conditions";
import type { FormQuestion } from "@/lib/schemas/forms";

type Source = Extract<FormQuestion, { type: "yesNo" | "singleChoice" | "multipleChoice" }>;

/** A question's condition as stored in the definition. */
type Condition = NonNullable<FormQuestion["showIf"]>;

/** The condition a newly picked question starts with: "Yes", or its first option. */
function startingCondition(source: Source): Condition {
  if (source.type === "yesNo") return { questionKey: source.key, equals: true };
  return { questionKey: source.key, anyOf: source.options[0] ? [source.options[0].value] : [] };
}

type ConditionWords = (
  key: "gone" | "yes" | "no" | "or" | "includes" | "is",
  values?: { question: string; answers: string },
) => string;

/** A condition in words: “Shown when “Stage” is Clinical or Phase I.” */
export function describeCondition(
  condition: ShowIfCondition,
  source: FormQuestion | undefined,
  t: ConditionWords,
): string {
  if (!source) return t("gone");
  const values = conditionValues(condition).map((value) => {
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    const option = "options" in source ? source.options.find((o) => o.value === value) : undefined;
    return option?.label ?? String(value);
  });
  const answers = values.join(t("or"));
  return source.type === "multipleChoice"
    ? t("includes", { question: source.label, answers })
    : t("is", { question: source.label, answers });
}

/**
 * "Show this question only for certain answers": pick an earlier yes/no or choice question and
 * the answers that show it. Later questions are never offered (a condition must look back).
 */
export function ConditionEditor({
  id,
  condition,
  earlierQuestions,
  onChange,
}: {
  id: string;
  condition: Condition | undefined;
  /** The questions before this one, in form order. */
  earlierQuestions: readonly FormQuestion[];
  onChange: (condition: Condition | undefined) => void;
}) {
  const t = useTranslations("formBuilderClient.condition");
  const sources = earlierQuestions.filter(canControlConditions);
  const source = condition
    ? sources.find((question) => question.key === condition.questionKey)
    : undefined;
  const values = condition ? conditionValues(condition) : [];

  return (
    <fieldset className="space-y-2 rounded-md border border-ink-200 p-3">
      <legend className="px-1 text-sm font-medium text-ink-800">{t("legend")}</legend>
      <label className="flex items-start gap-2 text-sm text-ink-800">
        <input
          type="checkbox"
          className="mt-0.5"
          checked={Boolean(condition)}
          disabled={sources.length === 0 && !condition}
          onChange={(event) =>
            onChange(event.target.checked && sources[0] ? startingCondition(sources[0]) : undefined)
          }
        />
        <span>
          {t("toggle")}
          {sources.length === 0 && !condition ? (
            <span className="block text-xs text-ink-500">{t("noSources")}</span>
          ) : (
            <span className="block text-xs text-ink-500">{t("hiddenNote")}</span>
          )}
        </span>
      </label>
      {condition ? (
        <div className="space-y-2 pl-6">
          <div>
            <label htmlFor={`${id}-source`} className="block text-xs font-medium text-ink-700">
              {t("whenAnswerTo")}
            </label>
            <select
              id={`${id}-source`}
              className={`mt-1 ${inputClassName}`}
              value={source ? source.key : ""}
              onChange={(event) => {
                const picked = sources.find((question) => question.key === event.target.value);
                if (picked) onChange(startingCondition(picked));
              }}
            >
              {source ? null : <option value="">{t("chooseEarlier")}</option>}
              {sources.map((question) => (
                <option key={question.key} value={question.key}>
                  {question.label}
                </option>
              ))}
            </select>
          </div>
          {source?.type === "yesNo" ? (
            <fieldset className="flex flex-wrap items-center gap-4 text-sm text-ink-800">
              <legend className="mb-1 text-xs font-medium text-ink-700">is</legend>
              {[true, false].map((answer) => (
                <label key={String(answer)} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name={`${id}-yes-no`}
                    checked={values[0] === answer}
                    onChange={() => onChange({ questionKey: source.key, equals: answer })}
                  />
                  {answer ? t("yes") : t("no")}
                </label>
              ))}
            </fieldset>
          ) : null}
          {source && source.type !== "yesNo" ? (
            <fieldset className="space-y-1">
              <legend className="mb-1 text-xs font-medium text-ink-700">
                {source.type === "multipleChoice" ? "includes any of" : "is any of"}
              </legend>
              <div className="grid gap-1 sm:grid-cols-2">
                {source.options.map((option) => (
                  <label
                    key={option.value}
                    className="flex items-center gap-2 text-sm text-ink-800"
                  >
                    <input
                      type="checkbox"
                      checked={values.includes(option.value)}
                      onChange={(event) => {
                        const chosen = values.filter((value) => value !== option.value);
                        onChange({
                          questionKey: source.key,
                          anyOf: event.target.checked ? [...chosen, option.value] : chosen,
                        });
                      }}
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
  );
}
