import { describe, expect, it } from "vitest";
import { isReminderDue, reminderNotice, reviewDueState } from "./review-reminders";

const now = new Date("2026-12-16T02:00:00Z"); // 16 Dec 2026, 10:00 HKT
const hours = (count: number) => new Date(now.getTime() + count * 60 * 60 * 1000);

describe("reviewDueState", () => {
  it("is overdue once the due moment has passed, due soon within 48 hours, else on track", () => {
    expect(reviewDueState(hours(-1), now)).toBe("OVERDUE");
    expect(reviewDueState(hours(1), now)).toBe("DUE_SOON");
    expect(reviewDueState(hours(48), now)).toBe("DUE_SOON");
    expect(reviewDueState(hours(49), now)).toBe("ON_TRACK");
  });
});

describe("isReminderDue", () => {
  const open = { status: "ASSIGNED", dueAt: hours(24), remindedAt: null };

  it("reminds an open review due within two days that was never reminded", () => {
    expect(isReminderDue(open, now)).toBe(true);
    expect(isReminderDue({ ...open, dueAt: hours(-72) }, now)).toBe(true);
  });

  it("waits 24 hours after the last reminder", () => {
    expect(isReminderDue({ ...open, remindedAt: hours(-23) }, now)).toBe(false);
    expect(isReminderDue({ ...open, remindedAt: hours(-24) }, now)).toBe(true);
  });

  it("never reminds a review that is not due soon, has no due date or is closed", () => {
    expect(isReminderDue({ ...open, dueAt: hours(72) }, now)).toBe(false);
    expect(isReminderDue({ ...open, dueAt: null }, now)).toBe(false);
    for (const status of ["SUBMITTED", "CONFLICTED", "REMOVED"]) {
      expect(isReminderDue({ ...open, status }, now)).toBe(false);
    }
  });
});

describe("reminderNotice", () => {
  const assignment = {
    reference: "AZ-2026-004",
    projectTitle: "Bispecific for NSCLC",
    dueAt: new Date("2026-12-18T15:59:59.999Z"),
    operatorName: "HKSTP",
  };

  it("names the due date in Hong Kong time", () => {
    expect(reminderNotice(assignment, now)).toEqual({
      title: "Reminder: your review of AZ-2026-004 is due 18 Dec 2026",
      body: 'Your review of "Bispecific for NSCLC" for HKSTP is due 18 Dec 2026, 23:59 (Hong Kong time).',
    });
  });

  it("says overdue once the date has passed", () => {
    const later = new Date("2026-12-19T01:00:00Z");
    expect(reminderNotice(assignment, later).title).toBe("Overdue: your review of AZ-2026-004");
  });
});
