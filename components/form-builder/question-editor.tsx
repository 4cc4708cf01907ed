"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { centsToInputText, inputTextToCents } from "@/components/applications/currency";
import {
  QUESTION_TYPE_LABELS,
  withType,
  type QuestionType,
} from "@/components/form-builder/builder-state";
import { ConditionEditor } from "@/components/form-builder/condition-editor";
import { OptionsEditor } from "@/components/form-builder/options-editor";
import { inputClassName } from "@/components/members/input-class-name";
import { textareaClassName } from "@/components/programmes/field";
import { APPLICATION_FILE_KINDS, keyFromLabel } from "@/lib/domain/form-builder";
import type { FormQuestion } from "@/lib/schemas/forms";

/** A whole number typed in a limit field, or undefined when blank or not a whole number. */
function optionalInt(text: string): number | undefined {
  if (text.trim() === "") return undefined;
  const value = Number(text);
  return Number.isInteger(value) ? value : undefined;
}

function optionalNumber(text: string): number | undefined {
  if (text.trim() === "") return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** True for a key the builder made up ("new_yes_no_question"), which follows the label. */
function isGeneratedKey(key: string): boolean {
  return /^new_[a-z_]+_question(_\d+)?$/.test(key);
}

function SmallField({
  id,
  label,
  children,
}: {
  id: string;
  label: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-ink-700">
        {label}
      </label>
      {children}
    </div>
  );
}

function LimitInput({
  id,
  label,
  value,
  onChange,
  isWhole = true,
}: {
  id: string;
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  isWhole?: boolean;
}) {
  return (
    <SmallField id={id} label={label}>
      <input
        id={id}
        type="number"
        inputMode={isWhole ? "numeric" : "decimal"}
        className={`${inputClassName} tabular-nums`}
        value={value ?? ""}
        onChange={(event) =>
          onChange(isWhole ? optionalInt(event.target.value) : optionalNumber(event.target.value))
        }
      />
    </SmallField>
  );
}

/** The settings only some question types have: limits, options, file kind, team size. */
function TypeSettings({
  id,
  question,
  onChange,
}: {
  id: string;
  question: FormQuestion;
  onChange: (question: FormQuestion) => void;
}) {
  const t = useTranslations("formBuilderClient.editor");
  const grid = "grid gap-3 sm:grid-cols-3";
  switch (question.type) {
    case "shortText":
    case "longText":
      return (
        <div className={grid}>
          <LimitInput
            id={`${id}-min-length`}
            label={t("minChars")}
            value={question.minLength}
            onChange={(minLength) => onChange({ ...question, minLength })}
          />
          <LimitInput
            id={`${id}-max-length`}
            label={t("maxChars")}
            value={question.maxLength}
            onChange={(maxLength) => onChange({ ...question, maxLength })}
          />
        </div>
      );
    case "number":
      return (
        <div className={grid}>
          <LimitInput
            id={`${id}-min`}
            label={t("min")}
            isWhole={false}
            value={question.min}
            onChange={(min) => onChange({ ...question, min })}
          />
          <LimitInput
            id={`${id}-max`}
            label={t("max")}
            isWhole={false}
            value={question.max}
            onChange={(max) => onChange({ ...question, max })}
          />
          <label className="flex items-center gap-2 self-end pb-2 text-sm text-ink-800">
            <input
              type="checkbox"
              checked={Boolean(question.integer)}
              onChange={(event) =>
                onChange({ ...question, integer: event.target.checked || undefined })
              }
            />
            {t("wholeOnly")}
          </label>
        </div>
      );
    case "currency":
      return (
        <div className={grid}>
          <SmallField id={`${id}-max-amount`} label={t("maxAmount")}>
            <input
              id={`${id}-max-amount`}
              inputMode="decimal"
              className={`${inputClassName} tabular-nums`}
              defaultValue={centsToInputText(question.maxCents)}
              onChange={(event) => {
                const cents = inputTextToCents(event.target.value);
                onChange({
                  ...question,
                  maxCents: cents === null || Number.isNaN(cents) ? undefined : cents,
                });
              }}
            />
          </SmallField>
        </div>
      );
    case "singleChoice":
      return (
        <OptionsEditor
          id={`${id}-options`}
          options={question.options}
          onChange={(options) => onChange({ ...question, options })}
        />
      );
    case "multipleChoice":
      return (
        <div className="space-y-3">
          <OptionsEditor
            id={`${id}-options`}
            options={question.options}
            onChange={(options) => onChange({ ...question, options })}
          />
          <div className={grid}>
            <LimitInput
              id={`${id}-min-selected`}
              label={t("minChoices")}
              value={question.minSelected}
              onChange={(minSelected) => onChange({ ...question, minSelected })}
            />
            <LimitInput
              id={`${id}-max-selected`}
              label={t("maxChoices")}
              value={question.maxSelected}
              onChange={(maxSelected) => onChange({ ...question, maxSelected })}
            />
          </div>
        </div>
      );
    case "file":
      return (
        <div className={grid}>
          <SmallField id={`${id}-file-kind`} label={t("filedAs")}>
            <select
              id={`${id}-file-kind`}
              className={inputClassName}
              value={question.attachmentKind ?? "OTHER"}
              onChange={(event) => onChange({ ...question, attachmentKind: event.target.value })}
            >
              {APPLICATION_FILE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`fileKind.${kind}`)}
                </option>
              ))}
            </select>
          </SmallField>
          <LimitInput
            id={`${id}-max-files`}
            label={t("maxFiles")}
            value={question.maxFiles}
            onChange={(maxFiles) => onChange({ ...question, maxFiles })}
          />
          <p className="self-end pb-2 text-xs text-ink-500">{t("fileTypes")}</p>
        </div>
      );
    case "teamMembers":
      return (
        <div className={grid}>
          <LimitInput
            id={`${id}-min-items`}
            label={t("minPeople")}
            value={question.minItems}
            onChange={(minItems) => onChange({ ...question, minItems })}
          />
          <LimitInput
            id={`${id}-max-items`}
            label={t("maxPeople")}
            value={question.maxItems}
            onChange={(maxItems) => onChange({ ...question, maxItems })}
          />
        </div>
      );
    case "date":
    case "yesNo":
      return null;
  }
}

/**
 * Everything about one question: wording in English and Chinese, key, type, required, help,
 * the settings of its type and the condition that shows it.
 */
export function QuestionEditor({
  id,
  question,
  earlierQuestions,
  otherKeys,
  onChange,
}: {
  id: string;
  question: FormQuestion;
  earlierQuestions: readonly FormQuestion[];
  /** Every other question's key, so a key made from the label stays unique. */
  otherKeys: ReadonlySet<string>;
  onChange: (question: FormQuestion) => void;
}) {
  const t = useTranslations("formBuilderClient");
  const takenByOthers = otherKeys;
  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <SmallField id={`${id}-label`} label={t("editor.question")}>
          <input
            id={`${id}-label`}
            className={inputClassName}
            value={question.label}
            onChange={(event) => {
              const label = event.target.value;
              onChange({
                ...question,
                label,
                ...(isGeneratedKey(question.key) ||
                question.key === keyFromLabel(question.label, takenByOthers)
                  ? { key: keyFromLabel(label, takenByOthers) }
                  : {}),
              });
            }}
          />
        </SmallField>
        <SmallField id={`${id}-label-zh`} label={t("editor.questionZh")}>
          <input
            id={`${id}-label-zh`}
            lang="zh-HK"
            className={inputClassName}
            value={question.labelZh ?? ""}
            onChange={(event) =>
              onChange({ ...question, labelZh: event.target.value || undefined })
            }
          />
        </SmallField>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <SmallField id={`${id}-type`} label={t("editor.answerType")}>
          <select
            id={`${id}-type`}
            className={inputClassName}
            value={question.type}
            onChange={(event) => onChange(withType(question, event.target.value as QuestionType))}
          >
            {(Object.keys(QUESTION_TYPE_LABELS) as QuestionType[]).map((type) => (
              <option key={type} value={type}>
                {t(`type.${type}`)}
              </option>
            ))}
          </select>
        </SmallField>
        <SmallField id={`${id}-key`} label={t("editor.key")}>
          <input
            id={`${id}-key`}
            className={`${inputClassName} font-mono text-xs`}
            value={question.key}
            onChange={(event) => onChange({ ...question, key: event.target.value.trim() })}
          />
        </SmallField>
        <label className="flex items-center gap-2 self-end pb-2 text-sm text-ink-800">
          <input
            type="checkbox"
            checked={question.required}
            onChange={(event) => onChange({ ...question, required: event.target.checked })}
          />
          {t("editor.required")}
        </label>
      </div>
      <SmallField id={`${id}-help`} label={t("editor.help")}>
        <textarea
          id={`${id}-help`}
          rows={2}
          className={textareaClassName}
          value={question.helpText ?? ""}
          onChange={(event) => onChange({ ...question, helpText: event.target.value || undefined })}
        />
      </SmallField>
      <TypeSettings id={id} question={question} onChange={onChange} />
      <ConditionEditor
        id={`${id}-condition`}
        condition={question.showIf}
        earlierQuestions={earlierQuestions}
        onChange={(showIf) => onChange({ ...question, showIf })}
      />
    </div>
  );
}
