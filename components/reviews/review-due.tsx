import { Badge } from "@/components/ui/badge";
import { formatHkDate } from "@/lib/domain/dates";
import { reviewDueState } from "@/lib/domain/review-reminders";

/**
 * "Due 18 Dec 2026" for an open review, flagged "Overdue" once the moment has passed and "Due
 * soon" within 48 hours; a closed review (submitted, conflicted) shows the date plainly.
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
  if (!dueAt) return <span className="text-ink-500">No due date</span>;
  const state = isOpen ? reviewDueState(dueAt, now) : "ON_TRACK";
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span className={state === "OVERDUE" ? "font-medium text-red-700" : undefined}>
        Due {formatHkDate(dueAt)}
      </span>
      {state === "OVERDUE" ? <Badge tone="danger">Overdue</Badge> : null}
      {state === "DUE_SOON" ? <Badge tone="warning">Due soon</Badge> : null}
    </span>
  );
}
