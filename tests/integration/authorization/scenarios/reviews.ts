import type { Scenario } from "../scenarios";

/** Scenarios for tests/authorization/matrix/reviews.ts, by `file#exportedName`. */
export const REVIEW_SCENARIOS: Record<string, Scenario> = {};
