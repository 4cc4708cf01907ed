"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { inputClassName } from "@/components/members/input-class-name";
import { centsToInputText, inputTextToCents } from "@/components/applications/currency";
import { FileQuestionField } from "@/components/applications/file-question";
import { TeamMembersField } from "@/components/applications/team-members-field";
import { createFormat } from "@/i18n/formatters";
import type { FormQuestion, TeamMember } from "@/lib/schemas/forms";

type FieldProps = {
  question: FormQuestion;
  value: unknown;
  error?: string;
  isReadOnly?: boolean;
  onChange: (value: unknown) => void;
};

function CurrencyInput({
  id,
  value,
  onChange,
  isReadOnly,
  describedBy,
}: {
  id: string;
  value: unknown;
  onChange: (value: unknown) => void;
  isReadOnly?: boolean;
  describedBy?: string;
}) {
  // The typed text is kept as typed ("1,500,000"); the answer is its exact cents.
  const [text, setText] = useState(() => centsToInputText(value));
  return (
    <div className="relative">
      <span className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-sm text-ink-500">
        HK$
      </span>
      <input
        id={id}
        inputMode="decimal"
        readOnly={isReadOnly}
        aria-describedby={describedBy}
        className={`${inputClassName} pl-11 tabular-nums`}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(inputTextToCents(event.target.value));
        }}
      />
    </div>
  );
}

function Control({
  question,
  value,
  isReadOnly,
  onChange,
  describedBy,
}: FieldProps & { describedBy?: string }) {
  const t = useTranslations("applicationsClient.question");
  const f = createFormat(useLocale());
  const id = `q-${question.key}`;
  switch (question.type) {
    case "shortText":
      return (
        <input
          id={id}
          readOnly={isReadOnly}
          maxLength={question.maxLength}
          aria-describedby={describedBy}
          className={inputClassName}
          value={typeof value === "string" ? value : ""}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    case "longText": {
      const text = typeof value === "string" ? value : "";
      return (
        <div>
          <textarea
            id={id}
            rows={5}
            readOnly={isReadOnly}
            maxLength={question.maxLength}
            aria-describedby={describedBy}
            className={`${inputClassName} h-auto py-2`}
            value={text}
            onChange={(event) => onChange(event.target.value)}
          />
          {question.maxLength ? (
            <p className="mt-1 text-right text-xs text-ink-500 tabular-nums">
              {f.number(text.length)} / {f.number(question.maxLength)}
            </p>
          ) : null}
        </div>
      );
    }
    case "number":
      return (
        <input
          id={id}
          type="number"
          readOnly={isReadOnly}
          min={question.min}
          max={question.max}
          step={question.integer ? 1 : "any"}
          aria-describedby={describedBy}
          className={`${inputClassName} max-w-48 tabular-nums`}
          value={typeof value === "number" ? value : ""}
          onChange={(event) =>
            onChange(event.target.value === "" ? null : Number(event.target.value))
          }
        />
      );
    case "currency":
      return (
        <CurrencyInput
          id={id}
          value={value}
          onChange={onChange}
          isReadOnly={isReadOnly}
          describedBy={describedBy}
        />
      );
    case "date":
      return (
        <input
          id={id}
          type="date"
          readOnly={isReadOnly}
          aria-describedby={describedBy}
          className={`${inputClassName} max-w-48`}
          value={typeof value === "string" ? value : ""}
          onChange={(event) => onChange(event.target.value || null)}
        />
      );
    case "singleChoice":
      return (
        <select
          id={id}
          disabled={isReadOnly}
          aria-describedby={describedBy}
          className={inputClassName}
          value={typeof value === "string" ? value : ""}
          onChange={(event) => onChange(event.target.value || null)}
        >
          <option value="">{t("choose")}</option>
          {question.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
    case "multipleChoice": {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <div id={id} className="grid gap-1.5 sm:grid-cols-2">
          {question.options.map((option) => (
            <label key={option.value} className="flex items-center gap-2 text-sm text-ink-800">
              <input
                type="checkbox"
                disabled={isReadOnly}
                checked={chosen.includes(option.value)}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? [...chosen, option.value]
                      : chosen.filter((v) => v !== option.value),
                  )
                }
              />
              {option.label}
            </label>
          ))}
        </div>
      );
    }
    case "yesNo":
      return (
        <div id={id} className="flex gap-4" role="radiogroup" aria-describedby={describedBy}>
          {[
            { label: t("yes"), answer: true },
            { label: t("no"), answer: false },
          ].map((choice) => (
            <label key={choice.label} className="flex items-center gap-2 text-sm text-ink-800">
              <input
                type="radio"
                name={id}
                disabled={isReadOnly}
                checked={value === choice.answer}
                onChange={() => onChange(choice.answer)}
              />
              {choice.label}
            </label>
          ))}
        </div>
      );
    case "file":
      // Rendered whole by FileQuestionField (label, files, upload), see QuestionField.
      return null;
    case "teamMembers":
      return (
        <TeamMembersField
          id={id}
          value={Array.isArray(value) ? (value as TeamMember[]) : []}
          maxItems={question.maxItems}
          onChange={onChange}
        />
      );
  }
}

/** One question of an application form: label, help, the control for its type, its error. */
export function QuestionField(props: FieldProps) {
  const { question, error } = props;
  const t = useTranslations("applicationsClient.question");
  const isChinese = useLocale().startsWith("zh");
  // The upload control brings its own label, file list and error line.
  if (question.type === "file") return <FileQuestionField {...props} question={question} />;
  const id = `q-${question.key}`;
  const helpId = question.helpText ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(" ") || undefined;
  const isGroup = ["multipleChoice", "yesNo", "teamMembers"].includes(question.type);
  const Label = isGroup ? "p" : "label";
  return (
    <div className="space-y-1.5">
      <Label
        {...(isGroup ? {} : { htmlFor: id })}
        className="block text-sm font-medium text-ink-900"
      >
        {isChinese && question.labelZh ? question.labelZh : question.label}
        {question.required ? (
          <span className="ml-1 text-red-700" aria-hidden>
            *
          </span>
        ) : (
          <span className="ml-1 font-normal text-ink-500">{t("optional")}</span>
        )}
      </Label>
      {question.helpText ? (
        <p id={helpId} className="text-xs text-ink-500">
          {question.helpText}
        </p>
      ) : null}
      <Control {...props} describedBy={describedBy} />
      {error ? (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
