import { describe, expect, it } from "vitest";
import {
  addDays,
  formatHkDate,
  formatHkDateTime,
  hongKongToday,
  startOfHongKongMonth,
} from "./dates";

describe("formatHkDate", () => {
  it("formats a timestamp as the Hong Kong calendar date", () => {
    // 20:30 UTC on 30 June is already 1 July in Hong Kong.
    expect(formatHkDate(new Date("2026-06-30T20:30:00Z"))).toBe("1 Jul 2026");
  });

  it("keeps the calendar date of a `date` column (UTC midnight)", () => {
    expect(formatHkDate(new Date("2026-03-15T00:00:00Z"))).toBe("15 Mar 2026");
  });
});

describe("formatHkDateTime", () => {
  it("shows Hong Kong time on a 24-hour clock", () => {
    expect(formatHkDateTime(new Date("2026-06-30T15:59:00Z"))).toBe("30 Jun 2026, 23:59");
  });
});

describe("hongKongToday", () => {
  it("returns the Hong Kong date as UTC midnight", () => {
    expect(hongKongToday(new Date("2026-06-30T17:00:00Z")).toISOString()).toBe(
      "2026-07-01T00:00:00.000Z",
    );
    expect(hongKongToday(new Date("2026-06-30T15:00:00Z")).toISOString()).toBe(
      "2026-06-30T00:00:00.000Z",
    );
  });
});

describe("startOfHongKongMonth", () => {
  it("is midnight HKT on the 1st, expressed in UTC", () => {
    expect(startOfHongKongMonth(new Date("2026-07-15T04:00:00Z")).toISOString()).toBe(
      "2026-06-30T16:00:00.000Z",
    );
  });

  it("uses the Hong Kong month when UTC is still in the previous one", () => {
    expect(startOfHongKongMonth(new Date("2026-06-30T18:00:00Z")).toISOString()).toBe(
      "2026-06-30T16:00:00.000Z",
    );
  });
});

describe("addDays", () => {
  it("adds calendar days to a date", () => {
    expect(addDays(new Date("2026-12-30T00:00:00Z"), 3).toISOString()).toBe(
      "2027-01-02T00:00:00.000Z",
    );
  });
});
