/**
 * Review scoring, exact: rubric weights are Decimal(5,4) and scores are integers, so every
 * weighted score and mean is a fraction of integers (BigInt) until it is rounded to two
 * decimals (half up) for display. Only the standard deviation needs a square root; it is
 * computed from the exact variance and rounded the same way, so results never depend on the
 * order reviews arrive in.
 *
 * Outliers: a review is an outlier when its weighted score is more than 1.5 points (on the
 * rubric's own scale) away from the application's weighted mean. An absolute distance is
 * used, not "more than one standard deviation", because with two or three reviews the SD rule
 * flags somebody almost every time, while 1.5 points on a 1–5 scale is a real disagreement an
 * officer should read before deciding.
 */

export const OUTLIER_DISTANCE = { numerator: 3n, denominator: 2n } as const;

type Fraction = { numerator: bigint; denominator: bigint };

export type ScoringCriterion = {
  id: string;
  /** The Decimal weight as text, e.g. "0.3000" (Prisma's `weight.toFixed(4)`). */
  weight: string;
};

export type ScoredReview = {
  reviewId: string;
  /** Scores by criterion id; a criterion without a score does not count for this review. */
  scores: Readonly<Record<string, number>>;
};

export type ReviewResult = { reviewId: string; weightedScore: number; isOutlier: boolean };

export type ApplicationScoreSummary = {
  reviewCount: number;
  weightedMean: number | null;
  standardDeviation: number | null;
  min: number | null;
  max: number | null;
  criterionMeans: Record<string, number | null>;
  reviews: ReviewResult[];
  /** Exact mean, for ranking without rounding ties. */
  exactMean: Fraction | null;
};

/** A Decimal(5,4) weight in ten-thousandths: "0.3000" → 3000n. */
export function parseWeight(weight: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,4}))?$/.exec(weight.trim());
  if (!match) throw new Error(`Not a rubric weight: ${weight}`);
  const fraction = (match[2] ?? "").padEnd(4, "0");
  return BigInt(match[1] ?? "0") * 10_000n + BigInt(fraction);
}

function fraction(numerator: bigint, denominator: bigint): Fraction {
  return denominator < 0n
    ? { numerator: -numerator, denominator: -denominator }
    : { numerator, denominator };
}

function add(a: Fraction, b: Fraction): Fraction {
  return fraction(
    a.numerator * b.denominator + b.numerator * a.denominator,
    a.denominator * b.denominator,
  );
}

function subtract(a: Fraction, b: Fraction): Fraction {
  return add(a, { numerator: -b.numerator, denominator: b.denominator });
}

function multiply(a: Fraction, b: Fraction): Fraction {
  return fraction(a.numerator * b.numerator, a.denominator * b.denominator);
}

/** Negative, zero or positive as a is below, equal to or above b. */
export function compareFractions(a: Fraction, b: Fraction): number {
  const difference = a.numerator * b.denominator - b.numerator * a.denominator;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

function absolute(value: Fraction): Fraction {
  return value.numerator < 0n ? { ...value, numerator: -value.numerator } : value;
}

/** Rounds to two decimals, half away from zero, exactly. */
function toHundredths(value: Fraction): number {
  const sign = value.numerator < 0n ? -1n : 1n;
  const magnitude = value.numerator * sign;
  const rounded = (magnitude * 200n + value.denominator) / (2n * value.denominator);
  return Number(rounded * sign) / 100;
}

function mean(values: readonly Fraction[]): Fraction | null {
  if (values.length === 0) return null;
  const total = values.reduce(add, { numerator: 0n, denominator: 1n });
  return fraction(total.numerator, total.denominator * BigInt(values.length));
}

/** A review's weighted score as an exact fraction, or null when it scored no criterion. */
function exactWeightedScore(
  criteria: readonly ScoringCriterion[],
  review: ScoredReview,
): Fraction | null {
  let weighted = 0n;
  let totalWeight = 0n;
  for (const criterion of criteria) {
    const score = review.scores[criterion.id];
    if (score === undefined) continue;
    const weight = parseWeight(criterion.weight);
    weighted += weight * BigInt(score);
    totalWeight += weight;
  }
  return totalWeight === 0n ? null : fraction(weighted, totalWeight);
}

/** One review's weighted score on the rubric scale, to two decimals. */
export function weightedScoreOf(
  criteria: readonly ScoringCriterion[],
  review: ScoredReview,
): number | null {
  const exact = exactWeightedScore(criteria, review);
  return exact ? toHundredths(exact) : null;
}

/** Weighted mean, spread, per-criterion means and outliers across an application's reviews. */
export function summariseApplicationScores(
  criteria: readonly ScoringCriterion[],
  reviews: readonly ScoredReview[],
): ApplicationScoreSummary {
  const scored = reviews
    .map((review) => ({ review, exact: exactWeightedScore(criteria, review) }))
    .filter((entry): entry is { review: ScoredReview; exact: Fraction } => entry.exact !== null);
  const values = scored.map((entry) => entry.exact);
  const exactMean = mean(values);

  const criterionMeans: Record<string, number | null> = {};
  for (const criterion of criteria) {
    const scores = reviews
      .map((review) => review.scores[criterion.id])
      .filter((score): score is number => score !== undefined)
      .map((score) => fraction(BigInt(score), 1n));
    const criterionMean = mean(scores);
    criterionMeans[criterion.id] = criterionMean ? toHundredths(criterionMean) : null;
  }

  if (!exactMean) {
    return {
      reviewCount: 0,
      weightedMean: null,
      standardDeviation: null,
      min: null,
      max: null,
      criterionMeans,
      reviews: [],
      exactMean: null,
    };
  }

  // Population variance: the mean of squared distances, exact, then one square root.
  const variance = mean(
    values.map((value) => multiply(subtract(value, exactMean), subtract(value, exactMean))),
  );
  const standardDeviation = variance
    ? Math.round(Math.sqrt(Number(variance.numerator) / Number(variance.denominator)) * 100) / 100
    : 0;
  const sorted = [...values].sort(compareFractions);
  const outlierDistance = fraction(OUTLIER_DISTANCE.numerator, OUTLIER_DISTANCE.denominator);

  return {
    reviewCount: scored.length,
    weightedMean: toHundredths(exactMean),
    standardDeviation,
    min: toHundredths(sorted[0]!),
    max: toHundredths(sorted[sorted.length - 1]!),
    criterionMeans,
    reviews: scored.map(({ review, exact }) => ({
      reviewId: review.reviewId,
      weightedScore: toHundredths(exact),
      isOutlier: compareFractions(absolute(subtract(exact, exactMean)), outlierDistance) > 0,
    })),
    exactMean,
  };
}

export type RankedEntry<T> = T & { rank: number | null };

/**
 * Ranks a call's applications by exact weighted mean, highest first. Equal means share a rank
 * (1, 2, 2, 4); ties are listed by reference. Applications without a submitted review come
 * last, unranked.
 */
export function rankApplications<
  T extends { reference: string; summary: Pick<ApplicationScoreSummary, "exactMean"> },
>(applications: readonly T[]): RankedEntry<T>[] {
  const byReference = (a: T, b: T) =>
    a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0;
  const scored = applications
    .filter((application) => application.summary.exactMean !== null)
    .sort(
      (a, b) => compareFractions(b.summary.exactMean!, a.summary.exactMean!) || byReference(a, b),
    );
  const unscored = applications
    .filter((application) => application.summary.exactMean === null)
    .sort(byReference);

  const ranked: RankedEntry<T>[] = [];
  scored.forEach((application, index) => {
    const previous = ranked[index - 1];
    const isTie =
      previous !== undefined &&
      compareFractions(previous.summary.exactMean!, application.summary.exactMean!) === 0;
    ranked.push({ ...application, rank: isTie ? previous.rank : index + 1 });
  });
  return [...ranked, ...unscored.map((application) => ({ ...application, rank: null }))];
}

/** The summary as plain numbers, for a page's props (the exact mean is a BigInt fraction). */
export function withoutExactMean(
  summary: ApplicationScoreSummary,
): Omit<ApplicationScoreSummary, "exactMean"> {
  return {
    reviewCount: summary.reviewCount,
    weightedMean: summary.weightedMean,
    standardDeviation: summary.standardDeviation,
    min: summary.min,
    max: summary.max,
    criterionMeans: summary.criterionMeans,
    reviews: summary.reviews,
  };
}
