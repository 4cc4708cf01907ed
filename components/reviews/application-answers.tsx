import {
  AttachedFilesList,
  type AttachedFile,
} from "@/components/applications/attached-files-list";
import { useLocale, useTranslations } from "next-intl";
import { createFormat, type Format } from "@/i18n/formatters";

type Answer = {
  key: string;
  label: string;
  labelZh?: string;
  type: string;
  options: { value: string; label: string }[];
  value: unknown;
};

/** An answer as text: currency in HKD, choices by label, files by name, people by name and role. */
type Words = (
  key: "notAnswered" | "filesAttached" | "yes" | "no" | "fullTime" | "seeFull",
  values?: { count: number },
) => string;

function describeAnswer(
  answer: Pick<Answer, "type" | "options" | "value">,
  t: Words,
  f: Format,
): string {
  const { type, options, value } = answer;
  if (value === null || value === undefined || value === "") return t("notAnswered");
  // A file answer not resolved to its files (a reviewer's view): say how many, never the ids.
  if (type === "file" && Array.isArray(value) && value.every((item) => typeof item === "string")) {
    return t("filesAttached", { count: value.length });
  }
  // Currency answers are stored as integer HKD cents.
  if (type === "currency" && Number.isSafeInteger(Number(value))) {
    return f.moneyWhole(BigInt(Number(value)));
  }
  if (typeof value === "boolean") return value ? t("yes") : t("no");
  if (type === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return f.date(new Date(`${value}T00:00:00Z`));
  }
  if (Array.isArray(value)) {
    return value.map((item) => describeAnswer({ type, options, value: item }, t, f)).join("; ");
  }
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.fileName === "string") return record.fileName;
    if (typeof record.name === "string") {
      const role = typeof record.role === "string" ? `, ${record.role}` : "";
      return `${record.name}${role}${record.isFullTime === true ? ` ${t("fullTime")}` : ""}`;
    }
    return t("seeFull");
  }
  return options.find((option) => option.value === value)?.label ?? String(value);
}

function isFileList(value: unknown): value is AttachedFile[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => typeof item === "object" && item !== null && "fileName" in item)
  );
}

/**
 * The application's answers section by section, read-only, for reviewers. With `organisation`
 * (the viewer's), file answers resolved to their files are download links.
 */
export function ApplicationAnswers({
  sections,
  organisation,
}: {
  sections: { title: string; titleZh?: string; answers: Answer[] }[];
  organisation?: string;
}) {
  const t = useTranslations("reviewsClient.answers");
  const locale = useLocale();
  const f = createFormat(locale);
  const isChinese = locale.startsWith("zh");
  return (
    <div className="space-y-6">
      {sections.map((section) => (
        <section key={section.title}>
          <h3 className="text-sm font-semibold tracking-wide text-ink-500 uppercase">
            {isChinese && section.titleZh ? section.titleZh : section.title}
          </h3>
          <dl className="mt-2 divide-y divide-ink-100">
            {section.answers.map((answer) => (
              <div key={answer.key} className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
                <dt className="text-sm font-medium text-ink-700">
                  {isChinese && answer.labelZh ? answer.labelZh : answer.label}
                </dt>
                <dd className="mt-1 text-sm whitespace-pre-line text-ink-900 sm:col-span-2 sm:mt-0">
                  {answer.type === "file" && organisation && isFileList(answer.value) ? (
                    <AttachedFilesList organisation={organisation} files={answer.value} />
                  ) : (
                    describeAnswer(answer, t, f)
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
