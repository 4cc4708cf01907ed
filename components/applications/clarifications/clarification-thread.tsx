import { useLocale, useTranslations } from "next-intl";
import { createFormat } from "@/i18n/formatters";
import type { ClarificationMessage } from "@/lib/data/clarifications/list-clarifications";

/**
 * The questions and replies in order: the programme office's on the left, the applicant's on
 * the right (on a phone, one column with the side named), each with who and when (HKT).
 */
export function ClarificationThread({
  messages,
  operatorName,
  startupName,
}: {
  messages: ClarificationMessage[];
  operatorName: string;
  startupName: string;
}) {
  const t = useTranslations("applicationsClient.clarifications");
  const f = createFormat(useLocale());
  return (
    <ol className="space-y-3" aria-label={t("threadLabel")}>
      {messages.map((message) => {
        const isQuestion = message.kind === "CLARIFICATION_REQUEST";
        return (
          <li key={message.id} className={isQuestion ? "sm:pr-10" : "sm:pl-10"}>
            <article
              className={`rounded-lg border px-3 py-2.5 text-sm ${
                isQuestion ? "border-amber-200 bg-amber-50/60" : "border-brand-200 bg-brand-50/60"
              }`}
            >
              <header className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5">
                <p className="font-medium text-ink-900">
                  {message.author.name}
                  <span className="ml-1.5 font-normal text-ink-500">
                    {isQuestion
                      ? t("askedFor", { name: operatorName })
                      : t("repliedFor", { name: startupName })}
                  </span>
                </p>
                <p className="text-xs text-ink-500 tabular-nums">
                  <time dateTime={message.createdAt.toISOString()}>
                    {t("at", { date: f.dateTime(message.createdAt) })}
                  </time>
                </p>
              </header>
              <p className="mt-1.5 break-words whitespace-pre-line text-ink-800">{message.body}</p>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
