import { describe, expect, it } from "vitest";
import {
  canMoveEnrolment,
  checkEnrolmentMove,
  enrolmentTermEnd,
  nextEnrolmentStatuses,
} from "./enrolment-status";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("enrolment status machine", () => {
  it("lets an active enrolment graduate or withdraw, and nothing else", () => {
    expect(nextEnrolmentStatuses("ACTIVE")).toEqual(["GRADUATED", "WITHDRAWN"]);
    expect(canMoveEnrolment("ACTIVE", "GRADUATED")).toBe(true);
    expect(canMoveEnrolment("ACTIVE", "WITHDRAWN")).toBe(true);
    expect(canMoveEnrolment("ACTIVE", "ACTIVE")).toBe(false);
  });

  it("treats graduated and withdrawn as final", () => {
    for (const from of ["GRADUATED", "WITHDRAWN"] as const) {
      expect(nextEnrolmentStatuses(from)).toEqual([]);
      for (const to of ["ACTIVE", "GRADUATED", "WITHDRAWN"] as const) {
        expect(canMoveEnrolment(from, to)).toBe(false);
      }
    }
  });

  it("needs a reason for every move", () => {
    expect(checkEnrolmentMove("ACTIVE", "GRADUATED", "Closed a Series A")).toEqual({
      isAllowed: true,
    });
    expect(checkEnrolmentMove("ACTIVE", "WITHDRAWN", "   ")).toEqual({
      isAllowed: false,
      message: "Say why the start-up is withdrawn.",
    });
    expect(checkEnrolmentMove("ACTIVE", "GRADUATED", null)).toMatchObject({ isAllowed: false });
  });

  it("explains refusals in words", () => {
    expect(checkEnrolmentMove("WITHDRAWN", "GRADUATED", "Changed our minds")).toEqual({
      isAllowed: false,
      message: "A withdrawn enrolment is final: it cannot be graduated.",
    });
    expect(checkEnrolmentMove("GRADUATED", "GRADUATED", "Again")).toEqual({
      isAllowed: false,
      message: "The enrolment is already graduated.",
    });
  });
});

describe("enrolmentTermEnd", () => {
  it("ends the day before the same date `months` later", () => {
    expect(enrolmentTermEnd(day("2026-06-01"), 48)).toEqual(day("2030-05-31"));
    expect(enrolmentTermEnd(day("2026-11-22"), 12)).toEqual(day("2027-11-21"));
    expect(enrolmentTermEnd(day("2026-01-01"), 1)).toEqual(day("2026-01-31"));
  });

  it("clamps to the end of a shorter month and crosses years", () => {
    expect(enrolmentTermEnd(day("2026-01-31"), 1)).toEqual(day("2026-02-28"));
    expect(enrolmentTermEnd(day("2028-01-31"), 1)).toEqual(day("2028-02-29"));
    expect(enrolmentTermEnd(day("2028-02-29"), 12)).toEqual(day("2029-02-28"));
    expect(enrolmentTermEnd(day("2026-08-31"), 6)).toEqual(day("2027-02-28"));
    expect(enrolmentTermEnd(day("2026-03-31"), 1)).toEqual(day("2026-04-30"));
    expect(enrolmentTermEnd(day("2026-12-15"), 18)).toEqual(day("2028-06-14"));
  });

  it("refuses a term shorter than a month", () => {
    expect(() => enrolmentTermEnd(day("2026-06-01"), 0)).toThrow(RangeError);
    expect(() => enrolmentTermEnd(day("2026-06-01"), 1.5)).toThrow(RangeError);
  });
});
