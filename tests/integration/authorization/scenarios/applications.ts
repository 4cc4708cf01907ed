import type { Scenario } from "../scenarios";

/** Scenarios for tests/authorization/matrix/applications.ts, by `file#exportedName`. */
export const APPLICATION_SCENARIOS: Record<string, Scenario> = {};
