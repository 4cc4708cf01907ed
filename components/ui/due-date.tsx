import { formatHkDate } from "@/lib/domain/dates";

/**
 * "due 14 Nov 2026", in red with "overdue" once the Hong Kong date has passed; `isOpen`
 * false (done, or waiting on someone else) never shows as overdue.
 */
export function DueDate({
  dueOn,
  today,
  isOpen = true,
}: {
  dueOn: Date;
  today: Date;
  isOpen?: boolean;
}) {
  const isOverdue = isOpen && dueOn < today;
  return (
    <span className={isOverdue ? "font-medium text-red-700" : undefined}>
      due {formatHkDate(dueOn)}
      {isOverdue ? " · overdue" : ""}
    </span>
  );
}
