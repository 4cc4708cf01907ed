import { describe, expect, it } from "vitest";
import {
  basisPointsToPercentText,
  basisPointsToWeight,
  percentToBasisPoints,
  totalBasisPoints,
  weightToBasisPoints,
} from "./rubric-weights";

describe("rubric weights", () => {
  it("reads percentages with up to two decimals exactly", () => {
    expect(percentToBasisPoints("30")).toBe(3000);
    expect(percentToBasisPoints("12.5")).toBe(1250);
    expect(percentToBasisPoints(" 33.33 % ")).toBe(3333);
    expect(percentToBasisPoints("100")).toBe(10000);
    expect(percentToBasisPoints("100.01")).toBeNull();
    expect(percentToBasisPoints("12.345")).toBeNull();
    expect(percentToBasisPoints("-5")).toBeNull();
    expect(percentToBasisPoints("abc")).toBeNull();
  });

  it("sums thirds that do not reach 100 % without float surprises", () => {
    const thirds = ["33.33", "33.33", "33.34"].map((text) => percentToBasisPoints(text)!);
    expect(totalBasisPoints(thirds)).toBe(10000);
    // 0.1 + 0.2 style weights: 10 % + 20 % + 70 % is exactly 100 %.
    expect(totalBasisPoints(["10", "20", "70"].map((text) => percentToBasisPoints(text)!))).toBe(
      10000,
    );
  });

  it("converts between stored weights and percentages", () => {
    expect(basisPointsToWeight(3000)).toBe("0.3000");
    expect(basisPointsToWeight(10000)).toBe("1.0000");
    expect(weightToBasisPoints("0.3")).toBe(3000);
    expect(weightToBasisPoints("0.1500")).toBe(1500);
    expect(basisPointsToPercentText(1250)).toBe("12.5");
    expect(basisPointsToPercentText(1205)).toBe("12.05");
    expect(basisPointsToPercentText(3000)).toBe("30");
  });
});
