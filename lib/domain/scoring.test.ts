import { describe, expect, it } from "vitest";
import {
  parseWeight,
  rankApplications,
  summariseApplicationScores,
  weightedScoreOf,
} from "./scoring";

const criteria = [
  { id: "science", weight: "0.3000" },
  { id: "team", weight: "0.2000" },
  { id: "market", weight: "0.2000" },
  { id: "ip", weight: "0.1500" },
  { id: "fit", weight: "0.1500" },
];

const review = (reviewId: string, values: number[]) => ({
  reviewId,
  scores: Object.fromEntries(criteria.map((criterion, index) => [criterion.id, values[index]!])),
});

describe("parseWeight", () => {
  it("reads a Decimal(5,4) weight in ten-thousandths", () => {
    expect(parseWeight("0.3000")).toBe(3000n);
    expect(parseWeight("0.15")).toBe(1500n);
    expect(parseWeight("1")).toBe(10_000n);
    expect(() => parseWeight("-0.1")).toThrow();
  });
});

describe("weightedScoreOf", () => {
  it("weights each criterion and stays on the rubric scale", () => {
    expect(weightedScoreOf(criteria, review("a", [5, 4, 4, 3, 3]))).toBe(4);
    expect(weightedScoreOf(criteria, review("b", [1, 1, 2, 1, 1]))).toBe(1.2);
  });

  it("normalises by the weights of the criteria scored", () => {
    expect(weightedScoreOf(criteria, { reviewId: "x", scores: { science: 4, team: 2 } })).toBe(3.2);
    expect(weightedScoreOf(criteria, { reviewId: "x", scores: {} })).toBeNull();
  });
});

describe("summariseApplicationScores", () => {
  const summary = summariseApplicationScores(criteria, [
    review("a", [5, 4, 4, 3, 3]),
    review("b", [3, 3, 3, 3, 3]),
    review("c", [1, 1, 2, 1, 1]),
  ]);

  it("gives the weighted mean, spread and per-criterion means", () => {
    expect(summary).toMatchObject({
      reviewCount: 3,
      weightedMean: 2.73,
      standardDeviation: 1.16,
      min: 1.2,
      max: 4,
      criterionMeans: { science: 3, team: 2.67, market: 3, ip: 2.33, fit: 2.33 },
    });
  });

  it("flags a review more than 1.5 points from the mean, and only that one", () => {
    expect(summary.reviews).toEqual([
      { reviewId: "a", weightedScore: 4, isOutlier: false },
      { reviewId: "b", weightedScore: 3, isOutlier: false },
      { reviewId: "c", weightedScore: 1.2, isOutlier: true },
    ]);
  });

  it("does not flag a review exactly 1.5 points away", () => {
    const single = [{ id: "only", weight: "1" }];
    const result = summariseApplicationScores(single, [
      { reviewId: "low", scores: { only: 1 } },
      { reviewId: "high", scores: { only: 4 } },
    ]);
    expect(result.reviews.map((entry) => entry.isOutlier)).toEqual([false, false]);
    expect(result.standardDeviation).toBe(1.5);
  });

  it("rounds half up exactly, where floating point would round down", () => {
    const pair = [
      { id: "p", weight: "0.3500" },
      { id: "q", weight: "0.6500" },
    ];
    const result = summariseApplicationScores(pair, [
      { reviewId: "x", scores: { p: 2, q: 3 } },
      { reviewId: "y", scores: { p: 3, q: 3 } },
    ]);
    // (2.65 + 3) / 2 = 2.825 exactly.
    expect(result.weightedMean).toBe(2.83);
  });

  it("is the same whatever order the reviews come in", () => {
    const reversed = summariseApplicationScores(criteria, [
      review("c", [1, 1, 2, 1, 1]),
      review("b", [3, 3, 3, 3, 3]),
      review("a", [5, 4, 4, 3, 3]),
    ]);
    expect(reversed.weightedMean).toBe(summary.weightedMean);
    expect(reversed.standardDeviation).toBe(summary.standardDeviation);
  });

  it("has no aggregate without reviews", () => {
    expect(summariseApplicationScores(criteria, [])).toMatchObject({
      reviewCount: 0,
      weightedMean: null,
      standardDeviation: null,
      criterionMeans: { science: null },
    });
  });
});

describe("rankApplications", () => {
  const entry = (reference: string, reviews: ReturnType<typeof review>[]) => ({
    reference,
    summary: summariseApplicationScores(criteria, reviews),
  });

  it("ranks by exact mean, shares a rank on a tie and leaves unreviewed ones last", () => {
    const ranked = rankApplications([
      entry("IB-003", [review("r1", [3, 3, 3, 3, 3])]),
      entry("IB-004", []),
      entry("IB-001", [review("r2", [5, 4, 4, 3, 3])]),
      entry("IB-002", [review("r3", [3, 3, 3, 3, 3])]),
    ]);
    expect(ranked.map((item) => [item.reference, item.rank])).toEqual([
      ["IB-001", 1],
      ["IB-002", 2],
      ["IB-003", 2],
      ["IB-004", null],
    ]);
  });
});
