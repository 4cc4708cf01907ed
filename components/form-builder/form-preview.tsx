"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { QuestionField } from "@/components/applications/question-field";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { visibleQuestionKeys } from "@/lib/domain/form-conditions";
import type { FormDefinition, FormQuestion } from "@/lib/schemas/forms";

/** A file question as the applicant sees it, minus the upload (there is no application here). */
function FilePlaceholder({ question }: { question: FormQuestion }) {
  const t = useTranslations("formBuilderClient.preview");
  const isChinese = useLocale().startsWith("zh");
  return (
    <div className="space-y-1.5">
      <p className="text-sm font-medium text-ink-900">
        {isChinese && question.labelZh ? question.labelZh : question.label}
        {question.required ? (
          <span className="ml-1 text-red-700" aria-hidden>
            *
          </span>
        ) : (
          <span className="ml-1 font-normal text-ink-500">{t("optional")}</span>
        )}
      </p>
      {question.helpText ? <p className="text-xs text-ink-500">{question.helpText}</p> : null}
      <p className="rounded-md border border-dashed border-ink-300 bg-ink-50 px-3 py-4 text-center text-sm text-ink-600">
        {t("fileHere")}
      </p>
    </div>
  );
}

/**
 * The form as an applicant sees it, drawn by the applicant's own question fields, with
 * conditional questions appearing as you answer. Nothing typed here is saved.
 */
export function FormPreview({ definition }: { definition: FormDefinition }) {
  const t = useTranslations("formBuilderClient.preview");
  const isChinese = useLocale().startsWith("zh");
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  const visible = visibleQuestionKeys(definition, answers);
  return (
    <div className="space-y-4">
      <p className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
        {t("note")}
      </p>
      {definition.sections.map((section, index) => (
        <Card key={`${section.key}-${index}`}>
          <CardHeader
            title={`${index + 1}. ${(isChinese && section.titleZh) || section.title || t("untitled")}`}
            description={isChinese ? section.description : (section.titleZh ?? section.description)}
          />
          <CardBody className="space-y-5">
            {section.questions.filter((question) => visible.has(question.key)).length === 0 ? (
              <p className="text-sm text-ink-500">{t("noneShown")}</p>
            ) : null}
            {section.questions
              .filter((question) => visible.has(question.key))
              .map((question) =>
                question.type === "file" ? (
                  <FilePlaceholder key={question.key} question={question} />
                ) : (
                  <QuestionField
                    key={question.key}
                    question={question}
                    value={answers[question.key]}
                    onChange={(value) =>
                      setAnswers((current) => ({ ...current, [question.key]: value }))
                    }
                  />
                ),
              )}
          </CardBody>
        </Card>
      ))}
    </div>
  );
}
