import { APPLICATION_SCENARIOS } from "./scenarios/applications";
import { GRANT_SCENARIOS } from "./scenarios/grants";
import { COHORT_SCENARIOS } from "./scenarios/cohort";
import { MEMBER_SCENARIOS } from "./scenarios/members";
import { PROGRAMME_SCENARIOS } from "./scenarios/programmes";
import { MILESTONE_SCENARIOS } from "./scenarios/milestones";
import { NOTIFICATION_SCENARIOS } from "./scenarios/notifications";
import { REVIEW_SCENARIOS } from "./scenarios/reviews";
import { STARTUP_SCENARIOS } from "./scenarios/startups";
import type { Actor, World } from "./world";

export type ActionResult = { data?: unknown; serverError?: unknown; validationErrors?: unknown };

/** One way to try an action: build its target for this actor, then return the call. */
export type Scenario = (world: World, actor: Actor) => Promise<() => Promise<ActionResult>>;

/** Scenarios by `file#exportedName`, matching tests/authorization/action-matrix.ts. */
export const SCENARIOS: Record<string, Scenario> = {
  ...MEMBER_SCENARIOS,
  ...APPLICATION_SCENARIOS,
  ...REVIEW_SCENARIOS,
  ...GRANT_SCENARIOS,
  ...PROGRAMME_SCENARIOS,
  ...MILESTONE_SCENARIOS,
  ...COHORT_SCENARIOS,
  ...STARTUP_SCENARIOS,
  ...NOTIFICATION_SCENARIOS,
};
