import {
  AttachedFilesList,
  type AttachedFile,
} from "@/components/applications/attached-files-list";
import { centsToInputText } from "@/components/applications/currency";
import { useLocale, useTranslations } from "next-intl";
import { createFormat, type Format } from "@/i18n/formatters";
import { filesOfAnswer } from "@/lib/domain/file-answers";
import { visibleQuestionKeys } from "@/lib/domain/form-conditions";
import type { FormDefinition, FormQuestion, TeamMember } from "@/lib/schemas/forms";

type Words = { yes: string; no: string; fullTime: string };

function describeAnswer(
  question: FormQuestion,
  value: unknown,
  f: Format,
  words: Words,
): string | null {
  if (value === undefined || value === null || value === "") return null;
  if (Array.isArray(value) && value.length === 0) return null;
  switch (question.type) {
    case "yesNo":
      return value ? words.yes : words.no;
    case "currency":
      return typeof value === "number" && Number.isSafeInteger(value)
        ? f.money(BigInt(value))
        : centsToInputText(value);
    case "singleChoice":
      return question.options.find((o) => o.value === value)?.label ?? String(value);
    case "multipleChoice":
      return (value as string[])
        .map((v) => question.options.find((o) => o.value === v)?.label ?? v)
        .join(", ");
    case "teamMembers":
      return (value as TeamMember[])
        .map((m) => `${m.name} (${m.role}${m.isFullTime ? `, ${words.fullTime}` : ""})`)
        .join("; ");
    case "date":
      return typeof value === "string" && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
        ? f.date(new Date(`${value}T00:00:00Z`))
        : String(value);
    default:
      return String(value);
  }
}

function FileAnswer({
  organisation,
  files,
}: {
  organisation: string | undefined;
  files: AttachedFile[];
}) {
  const t = useTranslations("applicationsClient.answers");
  if (files.length === 0) return <span className="text-amber-700">{t("noFile")}</span>;
  if (!organisation) return <>{files.map((file) => file.fileName).join(", ")}</>;
  return <AttachedFilesList organisation={organisation} files={files} />;
}

/**
 * The answers as reviewers will read them: visible questions only, section by section. File
 * answers list the application's `attachments` they name, each a download for `organisation`.
 */
export function AnswerSummary({
  definition,
  answers,
  organisation,
  attachments = [],
}: {
  definition: FormDefinition;
  answers: Record<string, unknown>;
  organisation?: string;
  attachments?: readonly AttachedFile[];
}) {
  const t = useTranslations("applicationsClient.answers");
  const locale = useLocale();
  const f = createFormat(locale);
  const isChinese = locale.startsWith("zh");
  const words: Words = { yes: t("yes"), no: t("no"), fullTime: t("fullTime") };
  const visible = visibleQuestionKeys(definition, answers);
  return (
    <div className="divide-y divide-ink-100">
      {definition.sections.map((section) => (
        <section key={section.key} className="px-4 py-4 sm:px-5">
          <h3 className="text-sm font-semibold text-ink-900">
            {isChinese && section.titleZh ? section.titleZh : section.title}
          </h3>
          <dl className="mt-2 space-y-2">
            {section.questions
              .filter((q) => visible.has(q.key))
              .map((question) => {
                const text = describeAnswer(question, answers[question.key], f, words);
                return (
                  <div key={question.key} className="grid gap-1 text-sm sm:grid-cols-[14rem_1fr]">
                    <dt className="text-ink-500">
                      {isChinese && question.labelZh ? question.labelZh : question.label}
                    </dt>
                    <dd className="break-words whitespace-pre-line text-ink-900">
                      {question.type === "file" ? (
                        <FileAnswer
                          organisation={organisation}
                          files={filesOfAnswer(answers[question.key], attachments)}
                        />
                      ) : (
                        (text ?? <span className="text-amber-700">{t("notAnswered")}</span>)
                      )}
                    </dd>
                  </div>
                );
              })}
          </dl>
        </section>
      ))}
    </div>
  );
}
