import { describe, expect, it } from "vitest";
import {
  daysUntilDue,
  describeDueIn,
  isMilestoneDueSoon,
  isMilestoneOverdue,
  isReminderDue,
  milestoneDueState,
  reminderStage,
} from "./milestone-overdue";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// 22 Nov 2026, 23:30 in Hong Kong = 15:30 UTC; 00:30 HKT on the 23rd = 16:30 UTC on the 22nd.
const lateEvening = new Date("2026-11-22T15:30:00Z");
const pastMidnight = new Date("2026-11-22T16:30:00Z");

describe("overdue, in Hong Kong time", () => {
  it("is not overdue on its due day, and overdue from midnight HKT", () => {
    const milestone = { status: "IN_PROGRESS" as const, dueOn: day("2026-11-22") };
    expect(isMilestoneOverdue(milestone, lateEvening)).toBe(false);
    expect(isMilestoneOverdue(milestone, pastMidnight)).toBe(true);
    // At 00:30 HKT it is still the 22nd in UTC: the rule follows Hong Kong, not the server.
    expect(pastMidnight.getUTCDate()).toBe(22);
  });

  it("never flags an achieved or missed milestone", () => {
    for (const status of ["ACHIEVED", "MISSED"] as const) {
      expect(isMilestoneOverdue({ status, dueOn: day("2026-01-01") }, lateEvening)).toBe(false);
      expect(milestoneDueState({ status, dueOn: day("2026-01-01") }, lateEvening)).toBe("CLOSED");
    }
  });

  it("still flags evidence waiting for assessment past its date", () => {
    expect(isMilestoneOverdue({ status: "SUBMITTED", dueOn: day("2026-11-20") }, lateEvening)).toBe(
      true,
    );
  });

  it("is due soon from today to 14 days out", () => {
    const due = (iso: string) => ({ status: "PLANNED" as const, dueOn: day(iso) });
    expect(isMilestoneDueSoon(due("2026-11-22"), lateEvening)).toBe(true);
    expect(isMilestoneDueSoon(due("2026-12-06"), lateEvening)).toBe(true);
    expect(isMilestoneDueSoon(due("2026-12-07"), lateEvening)).toBe(false);
    expect(isMilestoneDueSoon(due("2026-11-21"), lateEvening)).toBe(false);
    expect(milestoneDueState(due("2026-11-21"), lateEvening)).toBe("OVERDUE");
    expect(milestoneDueState(due("2026-12-01"), lateEvening)).toBe("DUE_SOON");
    expect(milestoneDueState(due("2027-03-01"), lateEvening)).toBe("LATER");
  });

  it("counts and describes days in the Hong Kong calendar", () => {
    expect(daysUntilDue(day("2026-11-23"), lateEvening)).toBe(1);
    expect(daysUntilDue(day("2026-11-23"), pastMidnight)).toBe(0);
    expect(describeDueIn(day("2026-11-22"), lateEvening)).toBe("Due today");
    expect(describeDueIn(day("2026-11-23"), lateEvening)).toBe("Due tomorrow");
    expect(describeDueIn(day("2026-11-27"), lateEvening)).toBe("Due in 5 days");
    expect(describeDueIn(day("2026-11-21"), lateEvening)).toBe("1 day overdue");
    expect(describeDueIn(day("2026-11-10"), lateEvening)).toBe("12 days overdue");
  });
});

describe("reminder schedule", () => {
  const hkNoon = (iso: string) => new Date(`${iso}T04:00:00Z`);
  const open = (dueOn: string, remindedAt: Date | null = null) => ({
    status: "IN_PROGRESS" as const,
    dueOn: day(dueOn),
    remindedAt,
  });

  it("has stages two weeks, one week, imminent and overdue", () => {
    expect(reminderStage(15)).toBeNull();
    expect(reminderStage(14)).toBe("TWO_WEEKS");
    expect(reminderStage(8)).toBe("TWO_WEEKS");
    expect(reminderStage(7)).toBe("ONE_WEEK");
    expect(reminderStage(2)).toBe("ONE_WEEK");
    expect(reminderStage(1)).toBe("IMMINENT");
    expect(reminderStage(0)).toBe("IMMINENT");
    expect(reminderStage(-1)).toBe("OVERDUE");
  });

  it("reminds once when a milestone comes within two weeks, not again in the same stage", () => {
    expect(isReminderDue(open("2026-12-20"), hkNoon("2026-11-22"))).toBe(false);
    expect(isReminderDue(open("2026-12-06"), hkNoon("2026-11-22"))).toBe(true);
    const reminded = hkNoon("2026-11-22");
    expect(isReminderDue(open("2026-12-06", reminded), hkNoon("2026-11-23"))).toBe(false);
    expect(isReminderDue(open("2026-12-06", reminded), hkNoon("2026-11-29"))).toBe(true);
  });

  it("reminds at most once a Hong Kong day", () => {
    const remindedEarlyMorning = new Date("2026-11-21T16:10:00Z"); // 00:10 HKT on the 22nd
    expect(isReminderDue(open("2026-11-20", remindedEarlyMorning), hkNoon("2026-11-22"))).toBe(
      false,
    );
  });

  it("reminds on the due date's eve, then once a week while overdue", () => {
    const weekBefore = hkNoon("2026-11-15");
    expect(isReminderDue(open("2026-11-22", weekBefore), hkNoon("2026-11-21"))).toBe(true);
    const dayBefore = hkNoon("2026-11-21");
    expect(isReminderDue(open("2026-11-22", dayBefore), hkNoon("2026-11-22"))).toBe(false);
    expect(isReminderDue(open("2026-11-22", dayBefore), hkNoon("2026-11-23"))).toBe(true);
    const firstOverdue = hkNoon("2026-11-23");
    expect(isReminderDue(open("2026-11-22", firstOverdue), hkNoon("2026-11-29"))).toBe(false);
    expect(isReminderDue(open("2026-11-22", firstOverdue), hkNoon("2026-11-30"))).toBe(true);
  });

  it("catches up after a day the job did not run", () => {
    const twoWeeksOut = hkNoon("2026-11-08");
    // The reminder for "one week" was due on the 15th; on the 17th it still goes out.
    expect(isReminderDue(open("2026-11-22", twoWeeksOut), hkNoon("2026-11-17"))).toBe(true);
  });

  it("never reminds about achieved or missed milestones", () => {
    for (const status of ["ACHIEVED", "MISSED"] as const) {
      expect(
        isReminderDue({ status, dueOn: day("2026-11-20"), remindedAt: null }, hkNoon("2026-11-22")),
      ).toBe(false);
    }
  });
});
