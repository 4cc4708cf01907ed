import { APPLICATION_SCENARIOS } from "./scenarios/applications";
import { MEMBER_SCENARIOS } from "./scenarios/members";
import { REVIEW_SCENARIOS } from "./scenarios/reviews";
import type { Actor, World } from "./world";

export type ActionResult = { data?: unknown; serverError?: unknown; validationErrors?: unknown };

/** One way to try an action: build its target for this actor, then return the call. */
export type Scenario = (world: World, actor: Actor) => Promise<() => Promise<ActionResult>>;

/** Scenarios by `file#exportedName`, matching tests/authorization/action-matrix.ts. */
export const SCENARIOS: Record<string, Scenario> = {
  ...MEMBER_SCENARIOS,
  ...APPLICATION_SCENARIOS,
  ...REVIEW_SCENARIOS,
};
