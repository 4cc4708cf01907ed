import type { ActionRow } from "../action-row";

/**
 * Reviewer assignment, conflicts of interest, scoring and decisions. For declaring and scoring
 * the scenario assigns the acting principal as the reviewer, on an application of tenant A's
 * co-incubation programme: the tenant-A roles with review.score (officer, mentor) succeed on
 * their own assignment, and so does the entitled partner's scientist from the partner's
 * membership (a partner linked to the programme that may review); the non-entitled partner's
 * scientist reaches nothing (NOT_FOUND). Bulk actions, reminders and external-reviewer
 * invitations are the officer's.
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
    allowed: ["programme-officer", "mentor", "partner-entitled"],
  },
  {
    file: "lib/actions/reviews/submit-review.ts",
    exportedName: "submitReview",
    permission: "review.score (own assignment only)",
    allowed: ["programme-officer", "mentor", "partner-entitled"],
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
  {
    file: "lib/actions/reviews/invite-external-reviewer.ts",
    exportedName: "inviteExternalReviewer",
    permission: "review.assign",
    allowed: ["programme-officer"],
  },
  {
    file: "lib/actions/reviews/remind-reviewer.ts",
    exportedName: "remindReviewer",
    permission: "review.assign",
    allowed: ["programme-officer"],
  },
  {
    file: "lib/actions/reviews/bulk-screen-eligible.ts",
    exportedName: "bulkScreenEligible",
    permission: "application.screen",
    allowed: ["programme-officer"],
  },
  {
    file: "lib/actions/reviews/bulk-assign-reviewer.ts",
    exportedName: "bulkAssignReviewer",
    permission: "review.assign",
    allowed: ["programme-officer"],
  },
  {
    file: "lib/actions/reviews/bulk-shortlist-applications.ts",
    exportedName: "bulkShortlistApplications",
    permission: "application.shortlist",
    allowed: ["programme-officer"],
  },
];
