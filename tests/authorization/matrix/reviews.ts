import type { ActionRow } from "../action-row";

/**
 * Reviewer assignment, conflicts of interest, scoring and decisions. For declaring and scoring
 * the scenario assigns the acting principal as the reviewer: the tenant-A roles with
 * review.score (officer, mentor) succeed on their own assignment; a partner's membership is a
 * different tenant, whose queries cannot reach operator-only review rows (NOT_FOUND).
 */
export const REVIEW_ACTIONS: readonly ActionRow[] = [
  {
    file: "lib/actions/reviews/screen-application.ts",
    exportedName: "screenApplication",
    permission: "application.screen",
    allowed: ["programme-officer"],
  },
  {
    file: "lib/actions/reviews/assign-reviewer.ts",
    exportedName: "assignReviewer",
    permission: "review.assign",
    allowed: ["programme-officer"],
  },
  {
    file: "lib/actions/reviews/declare-conflict.ts",
    exportedName: "declareConflict",
    permission: "review.score (own assignment only)",
    allowed: ["programme-officer", "mentor"],
  },
  {
    file: "lib/actions/reviews/submit-review.ts",
    exportedName: "submitReview",
    permission: "review.score (own assignment only)",
    allowed: ["programme-officer", "mentor"],
  },
  {
    file: "lib/actions/decisions/shortlist-application.ts",
    exportedName: "shortlistApplication",
    permission: "application.shortlist",
    allowed: ["programme-officer"],
  },
  {
    file: "lib/actions/decisions/decide-application.ts",
    exportedName: "decideApplication",
    permission: "application.decide",
    allowed: ["programme-officer"],
  },
];
