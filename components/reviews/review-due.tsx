import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { createFormat } from "@/i18n/formatters";
import { reviewDueState } from "@/lib/domain/review-reminders";

/**
 * "Due 18 Dec 2026" for an open review, flagged "Overdue" once the moment has passed and "Due
 * soon" within 48 hours; a closed review (submitted, conflicted) shows the date plainly. Server
 * or client component.
 */
export function ReviewDue({
  dueAt,
  isOpen,
  now,
}: {
  dueAt: Date | null;
  isOpen: boolean;
  now: Date;
}) {
  const t = useTranslations("reviewsClient.due");
  const f = createFormat(useLocale());
  if (!dueAt) return <span className="text-ink-500">{t("none")}</span>;
  const state = isOpen ? reviewDueState(dueAt, now) : "ON_TRACK";
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span className={state === "OVERDUE" ? "font-medium text-red-700" : undefined}>
        {t("due", { date: f.date(dueAt) })}
      </span>
      {state === "OVERDUE" ? <Badge tone="danger">{t("overdue")}</Badge> : null}
      {state === "DUE_SOON" ? <Badge tone="warning">{t("dueSoon")}</Badge> : null}
    </span>
  );
}
