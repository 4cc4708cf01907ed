import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ApplicationStatusBadge } from "@/components/applications/application-status-badge";
import { assignmentStatusStyles } from "@/components/reviews/review-labels";
import { ReviewDue } from "@/components/reviews/review-due";
import { Badge } from "@/components/ui/badge";
import type { ReviewerQueueItem } from "@/lib/data/reviews/list-reviewer-queue";

/**
 * The reviewer's assignments with what is left to do on each, as a list that reads the same
 * on a phone: due date (overdue flagged), the operator asking (for a partner scientist or an
 * external reviewer), and the applicant unless the call is reviewed blind.
 */
export function ReviewerQueueTable({
  organisation,
  items,
  now,
  showOperator,
}: {
  organisation: string;
  items: ReviewerQueueItem[];
  now: Date;
  showOperator: boolean;
}) {
  const t = useTranslations("reviewsClient.queue");
  const assignmentLabel = useTranslations("reviewsClient.assignmentStatus");
  const isChinese = useLocale().startsWith("zh");
  return (
    <ul className="divide-y divide-ink-100" aria-label={t("listLabel")}>
      {items.map((item) => {
        const style = assignmentStatusStyles[item.status];
        const isOpen = item.status === "ASSIGNED";
        const next = !isOpen
          ? null
          : item.conflictDeclaredAt
            ? item.review
              ? t("nextContinue")
              : t("nextScore")
            : t("nextDeclare");
        const startup = item.application.startup;
        const applicant = startup
          ? isChinese && startup.nameZh
            ? startup.nameZh
            : startup.name
          : t("withheld");
        return (
          <li key={item.id} className="px-4 py-3 sm:px-5">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0">
                <Link
                  href={`/${organisation}/reviews/${item.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {item.application.projectTitle}
                </Link>
                <p className="text-xs text-ink-500">
                  <span className="font-mono">{item.application.reference}</span> · {applicant}
                </p>
                <p className="mt-0.5 text-xs text-ink-500">
                  {item.application.call.title}
                  {showOperator ? ` · ${t("forOperator", { operator: item.operatorName })}` : ""}
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-1.5">
                <ApplicationStatusBadge status={item.application.status} />
                <Badge tone={style.tone}>{assignmentLabel(item.status)}</Badge>
              </div>
            </div>
            <div className="mt-1.5 flex flex-wrap items-center justify-between gap-2 text-sm">
              <ReviewDue dueAt={item.dueAt} isOpen={isOpen} now={now} />
              {next ? (
                <span className="text-xs text-ink-600">{t("next", { step: next })}</span>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
