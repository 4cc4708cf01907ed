import { describe, expect, it } from "vitest";
import { isRealCalendarDate } from "./calendar-date";

describe("isRealCalendarDate", () => {
  it("accepts days that exist, leap days included", () => {
    expect(isRealCalendarDate("2026-11-24")).toBe(true);
    expect(isRealCalendarDate("2028-02-29")).toBe(true);
    expect(isRealCalendarDate("2026-12-31")).toBe(true);
  });

  it("refuses days that Date.parse would roll over, and other shapes", () => {
    for (const text of ["2026-02-30", "2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10"]) {
      expect(isRealCalendarDate(text), text).toBe(false);
    }
    for (const text of ["0000-01-01", "26-11-24", "2026/11/24", "2026-11-24T00:00", ""]) {
      expect(isRealCalendarDate(text), text).toBe(false);
    }
  });
});
