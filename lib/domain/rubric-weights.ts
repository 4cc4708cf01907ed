// Rubric weights are stored as Decimal(5,4) fractions ("0.3000") and entered as percentages
// with at most two decimals ("30", "12.5"). Both convert exactly to basis points (1/10,000),
// so "the weights add up to 100 %" is an integer comparison, never a float one.

/** 100 % in basis points. */
export const FULL_WEIGHT = 10_000;

/** A percentage typed by an officer ("30", "12.5", "33.33") in basis points, or null. */
export function percentToBasisPoints(text: string): number | null {
  const match = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!match) return null;
  const basisPoints = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return basisPoints <= FULL_WEIGHT ? basisPoints : null;
}

/** Basis points as a percentage to show or edit ("3000" → "30", "1250" → "12.5"). */
export function basisPointsToPercentText(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = basisPoints % 100;
  if (fraction === 0) return String(whole);
  return `${whole}.${String(fraction).padStart(2, "0").replace(/0$/, "")}`;
}

/** Basis points as the stored Decimal(5,4) weight ("3000" → "0.3000"). */
export function basisPointsToWeight(basisPoints: number): string {
  return (basisPoints / FULL_WEIGHT).toFixed(4);
}

/** A stored weight (Decimal or its text, "0.3" or "0.3000") in basis points. */
export function weightToBasisPoints(weight: { toString(): string } | string | number): number {
  const text = String(weight);
  const match = /^(\d+)(?:\.(\d{1,4}))?$/.exec(text);
  if (!match) return Math.round(Number(text) * FULL_WEIGHT);
  return Number(match[1]) * FULL_WEIGHT + Number((match[2] ?? "").padEnd(4, "0"));
}

/** The sum of weights in basis points. */
export function totalBasisPoints(weights: readonly number[]): number {
  return weights.reduce((total, weight) => total + weight, 0);
}
