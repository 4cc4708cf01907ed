"use client";

import { useTranslations } from "next-intl";
import { describeCondition } from "@/components/form-builder/condition-editor";
import { QuestionEditor } from "@/components/form-builder/question-editor";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { FormProblem } from "@/lib/domain/form-builder";
import type { FormQuestion } from "@/lib/schemas/forms";

/**
 * One question in the builder: a summary line (number, wording, type, required, condition,
 * problems) with its buttons, and its editor when opened.
 */
export function QuestionRow({
  uid,
  number,
  question,
  isOpen,
  isReadOnly,
  isFirst,
  isLast,
  problems,
  earlierQuestions,
  otherKeys,
  onToggle,
  onChange,
  onMove,
  onRemove,
}: {
  uid: string;
  number: string;
  question: FormQuestion;
  isOpen: boolean;
  isReadOnly: boolean;
  isFirst: boolean;
  isLast: boolean;
  problems: readonly FormProblem[];
  earlierQuestions: readonly FormQuestion[];
  otherKeys: ReadonlySet<string>;
  onToggle: (isOpen: boolean) => void;
  onChange: (question: FormQuestion) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("formBuilderClient");
  const id = `question-${uid}`;
  const name = question.label || t("row.number", { number });
  const source = question.showIf
    ? earlierQuestions.find((other) => other.key === question.showIf?.questionKey)
    : undefined;
  return (
    <li className={problems.length > 0 ? "bg-red-50/40" : undefined}>
      <div className="flex flex-wrap items-start justify-between gap-2 px-4 py-3 sm:px-5">
        <div className="min-w-0 flex-1">
          <p className="text-sm font-medium text-ink-900">
            <span className="mr-2 text-ink-400 tabular-nums">{number}</span>
            {question.label || <span className="text-ink-400 italic">{t("row.noWording")}</span>}
          </p>
          <p className="mt-1 flex flex-wrap items-center gap-1.5">
            <Badge tone="muted">{t(`type.${question.type}`)}</Badge>
            {question.required ? <Badge tone="info">{t("row.required")}</Badge> : null}
            {question.showIf ? (
              <Badge tone="brand">
                {describeCondition(question.showIf, source, (key, values) =>
                  t(`condition.describe.${key}`, values),
                )}
              </Badge>
            ) : null}
            <span className="font-mono text-xs text-ink-400">{question.key}</span>
          </p>
          {problems.length > 0 ? (
            <ul className="mt-1 space-y-0.5 text-sm text-red-700">
              {problems.map((problem) => (
                <li key={problem.message}>{problem.message}</li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="flex shrink-0 gap-1">
          <Button
            size="sm"
            variant="secondary"
            aria-expanded={isOpen}
            aria-controls={`${id}-editor`}
            aria-label={t(
              isOpen ? "row.closeLabel" : isReadOnly ? "row.showLabel" : "row.editLabel",
              {
                name,
              },
            )}
            onClick={() => onToggle(!isOpen)}
          >
            {isOpen ? t("row.close") : isReadOnly ? t("row.show") : t("row.edit")}
          </Button>
          {isReadOnly ? null : (
            <>
              <Button
                id={`${id}-up`}
                size="sm"
                variant="ghost"
                disabled={isFirst}
                aria-label={t("row.moveUp", { name })}
                onClick={() => onMove(-1)}
              >
                ↑
              </Button>
              <Button
                id={`${id}-down`}
                size="sm"
                variant="ghost"
                disabled={isLast}
                aria-label={t("row.moveDown", { name })}
                onClick={() => onMove(1)}
              >
                ↓
              </Button>
              <Button
                size="sm"
                variant="ghost"
                aria-label={t("row.remove", { name })}
                onClick={onRemove}
              >
                {t("row.removeButton")}
              </Button>
            </>
          )}
        </div>
      </div>
      {isOpen ? (
        <fieldset
          id={`${id}-editor`}
          disabled={isReadOnly}
          aria-label={t("row.settings", { number })}
          className="border-t border-ink-100 bg-ink-50/60 px-4 py-4 sm:px-5"
        >
          <QuestionEditor
            id={`${id}-editor`}
            question={question}
            earlierQuestions={earlierQuestions}
            otherKeys={otherKeys}
            onChange={onChange}
          />
        </fieldset>
      ) : null}
    </li>
  );
}
