import { getTranslations } from "next-intl/server";
import { getFormat } from "@/i18n/format";

/**
 * "due 14 Nov 2026" in the interface language, in red with "overdue" once the Hong Kong date
 * has passed; `isOpen` false (done, or waiting on someone else) never shows as overdue.
 */
export async function DueLabel({
  dueOn,
  today,
  isOpen = true,
}: {
  dueOn: Date;
  today: Date;
  isOpen?: boolean;
}) {
  const [t, f] = await Promise.all([getTranslations("coaching"), getFormat()]);
  const isOverdue = isOpen && dueOn < today;
  return (
    <span className={isOverdue ? "font-medium text-red-700" : undefined}>
      {t("due.on", { date: f.date(dueOn) })}
      {isOverdue ? ` · ${t("due.overdue")}` : ""}
    </span>
  );
}
