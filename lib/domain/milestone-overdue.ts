import { hongKongToday } from "@/lib/domain/dates";
import type { MilestoneStatus } from "@/lib/generated/prisma/enums";

/** "Due soon": the due date is today or within this many days (Hong Kong calendar). */
export const DUE_SOON_DAYS = 14;

const DAY_MS = 86_400_000;

type Dated = { status: MilestoneStatus; dueOn: Date };

/**
 * Whether anything is still expected. ACHIEVED is done; MISSED is the officer's verdict that it
 * was not, so flagging it as overdue would ask for something nobody can do any more.
 */
export function isOpenMilestone(status: MilestoneStatus): boolean {
  return status !== "ACHIEVED" && status !== "MISSED";
}

/**
 * Calendar days from today (Hong Kong) to the due date: 0 due today, 1 tomorrow, -3 three days
 * late. `dueOn` is a `@db.Date` value (UTC midnight of the day).
 */
export function daysUntilDue(dueOn: Date, now: Date): number {
  return Math.round((dueOn.getTime() - hongKongToday(now).getTime()) / DAY_MS);
}

/**
 * Overdue: the due date has passed in Hong Kong (due today is not late until midnight HKT) and
 * the milestone is not achieved (nor closed as missed). Evidence waiting for assessment past
 * its date still counts: the milestone is not achieved, and the officer is now the one late.
 */
export function isMilestoneOverdue(milestone: Dated, now: Date): boolean {
  return isOpenMilestone(milestone.status) && daysUntilDue(milestone.dueOn, now) < 0;
}

/** Due soon: open, not overdue, due today or within DUE_SOON_DAYS days. */
export function isMilestoneDueSoon(milestone: Dated, now: Date): boolean {
  const days = daysUntilDue(milestone.dueOn, now);
  return isOpenMilestone(milestone.status) && days >= 0 && days <= DUE_SOON_DAYS;
}

export type MilestoneDueState = "CLOSED" | "OVERDUE" | "DUE_SOON" | "LATER";

/** One word for the plan's due-date column. */
export function milestoneDueState(milestone: Dated, now: Date): MilestoneDueState {
  if (!isOpenMilestone(milestone.status)) return "CLOSED";
  if (isMilestoneOverdue(milestone, now)) return "OVERDUE";
  if (isMilestoneDueSoon(milestone, now)) return "DUE_SOON";
  return "LATER";
}

/** "Due today", "Due tomorrow", "Due in 5 days", "1 day overdue", "12 days overdue". */
export function describeDueIn(dueOn: Date, now: Date): string {
  const days = daysUntilDue(dueOn, now);
  if (days === 0) return "Due today";
  if (days === 1) return "Due tomorrow";
  if (days > 1) return `Due in ${days} days`;
  return `${-days} day${days === -1 ? "" : "s"} overdue`;
}

/**
 * Reminder stages: a reminder goes out when a milestone enters a new stage, and once a week
 * while it stays overdue. Keyed on the stage rather than on exact days so a day the job did not
 * run loses no reminder.
 */
export type ReminderStage = "TWO_WEEKS" | "ONE_WEEK" | "IMMINENT" | "OVERDUE";

export const OVERDUE_REMINDER_INTERVAL_DAYS = 7;

/** The stage of a milestone `days` days before its due date; null when it is further out. */
export function reminderStage(days: number): ReminderStage | null {
  if (days < 0) return "OVERDUE";
  if (days <= 1) return "IMMINENT";
  if (days <= 7) return "ONE_WEEK";
  if (days <= DUE_SOON_DAYS) return "TWO_WEEKS";
  return null;
}

/**
 * Whether today's reminder run should remind about this milestone: open, due soon or overdue,
 * not reminded yet today (Hong Kong), and either in a new stage since the last reminder or
 * overdue for another week.
 */
export function isReminderDue(milestone: Dated & { remindedAt: Date | null }, now: Date): boolean {
  if (!isOpenMilestone(milestone.status)) return false;
  const stage = reminderStage(daysUntilDue(milestone.dueOn, now));
  if (!stage) return false;
  if (!milestone.remindedAt) return true;
  const today = hongKongToday(now);
  const lastDay = hongKongToday(milestone.remindedAt);
  const daysSinceLast = Math.round((today.getTime() - lastDay.getTime()) / DAY_MS);
  if (daysSinceLast < 1) return false;
  const lastStage = reminderStage(daysUntilDue(milestone.dueOn, milestone.remindedAt));
  if (stage !== lastStage) return true;
  return stage === "OVERDUE" && daysSinceLast >= OVERDUE_REMINDER_INTERVAL_DAYS;
}
