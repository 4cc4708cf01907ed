import { describe, expect, it } from "vitest";
import { parseHongKongDateTimeInput, toHongKongDateTimeInput } from "./call-times";

describe("Hong Kong call times", () => {
  it("reads a datetime-local value as Hong Kong time (UTC+8)", () => {
    expect(parseHongKongDateTimeInput("2026-10-01T09:00")).toEqual(
      new Date("2026-10-01T01:00:00Z"),
    );
    expect(parseHongKongDateTimeInput("2027-01-01T07:30")).toEqual(
      new Date("2026-12-31T23:30:00Z"),
    );
  });

  it("refuses dates that do not exist and other text", () => {
    expect(parseHongKongDateTimeInput("2027-02-30T12:00")).toBeNull();
    expect(parseHongKongDateTimeInput("2027-01-31")).toBeNull();
    expect(parseHongKongDateTimeInput("2027-01-31T24:00")).toBeNull();
  });

  it("shows a moment as Hong Kong wall-clock time, whatever the server's zone", () => {
    expect(toHongKongDateTimeInput(new Date("2027-01-31T15:59:00Z"))).toBe("2027-01-31T23:59");
    expect(toHongKongDateTimeInput(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01T00:00");
  });
});
