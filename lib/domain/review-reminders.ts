import { formatHkDate, formatHkDateTime } from "@/lib/domain/dates";

const HOUR_MS = 60 * 60 * 1000;

/** Reviews falling due within this much time get a reminder (and overdue ones too). */
export const REMINDER_LEAD_MS = 48 * HOUR_MS;
/** The daily job reminds a reviewer at most once in this much time. */
export const REMINDER_INTERVAL_MS = 24 * HOUR_MS;
/** "Remind now" waits this long after any reminder, so a double click sends one notice. */
export const MANUAL_REMINDER_COOLDOWN_MS = HOUR_MS;

export type ReviewDueState = "OVERDUE" | "DUE_SOON" | "ON_TRACK";

/** Where an open review stands against its due date: overdue, due within 48 hours, or not yet. */
export function reviewDueState(dueAt: Date, now: Date): ReviewDueState {
  if (dueAt.getTime() < now.getTime()) return "OVERDUE";
  if (dueAt.getTime() - now.getTime() <= REMINDER_LEAD_MS) return "DUE_SOON";
  return "ON_TRACK";
}

/**
 * Whether the daily job reminds this assignment now: still open, due within 48 hours or
 * overdue, and not reminded (by the job or an officer) in the last 24 hours.
 */
export function isReminderDue(
  assignment: { status: string; dueAt: Date | null; remindedAt: Date | null },
  now: Date,
): boolean {
  if (assignment.status !== "ASSIGNED" || !assignment.dueAt) return false;
  if (reviewDueState(assignment.dueAt, now) === "ON_TRACK") return false;
  return (
    !assignment.remindedAt ||
    now.getTime() - assignment.remindedAt.getTime() >= REMINDER_INTERVAL_MS
  );
}

/** The in-app notice of a reminder. */
export function reminderNotice(
  assignment: { reference: string; projectTitle: string; dueAt: Date; operatorName: string },
  now: Date,
): { title: string; body: string } {
  const isOverdue = reviewDueState(assignment.dueAt, now) === "OVERDUE";
  return {
    title: isOverdue
      ? `Overdue: your review of ${assignment.reference}`
      : `Reminder: your review of ${assignment.reference} is due ${formatHkDate(assignment.dueAt)}`,
    body: isOverdue
      ? `Your review of "${assignment.projectTitle}" for ${assignment.operatorName} was due ${formatHkDateTime(assignment.dueAt)} (Hong Kong time). Please declare any conflict and submit your scores, or tell the programme office if you cannot.`
      : `Your review of "${assignment.projectTitle}" for ${assignment.operatorName} is due ${formatHkDateTime(assignment.dueAt)} (Hong Kong time).`,
  };
}
