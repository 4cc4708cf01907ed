import type { ActionRow } from "../action-row";

/**
 * Milestone plans, evidence, assessment, mentor sign-off and data-sharing consent. The target is
 * tenant A's enrolment of the cohort start-up (the start-up member's own); the mentor scenario
 * assigns the acting principal to it, so the mentor succeeds and every other role is refused.
 * A partner's membership is another tenant: its queries cannot reach the operator's milestones.
 */
export const MILESTONE_ACTIONS: readonly ActionRow[] = [
  {
    file: "lib/actions/milestones/create-milestone.ts",
    exportedName: "createMilestone",
    permission: "milestone.plan",
    allowed: ["programme-officer", "startup-member"],
  },
  {
    file: "lib/actions/milestones/add-milestones-from-templates.ts",
    exportedName: "addMilestonesFromTemplates",
    permission: "milestone.plan",
    allowed: ["programme-officer", "startup-member"],
  },
  {
    file: "lib/actions/milestones/update-milestone.ts",
    exportedName: "updateMilestone",
    permission: "milestone.plan",
    allowed: ["programme-officer", "startup-member"],
  },
  {
    file: "lib/actions/milestones/reorder-milestones.ts",
    exportedName: "reorderMilestones",
    permission: "milestone.plan",
    allowed: ["programme-officer", "startup-member"],
  },
  {
    file: "lib/actions/milestones/remove-milestone.ts",
    exportedName: "removeMilestone",
    permission: "milestone.plan",
    allowed: ["programme-officer", "startup-member"],
  },
  {
    file: "lib/actions/milestones/start-milestone.ts",
    exportedName: "startMilestone",
    permission: "milestone.plan",
    allowed: ["programme-officer", "startup-member"],
  },
  {
    file: "lib/actions/milestones/delay-milestone.ts",
    exportedName: "delayMilestone",
    permission: "milestone.plan",
    allowed: ["programme-officer", "startup-member"],
  },
  {
    file: "lib/actions/milestones/submit-milestone-evidence.ts",
    exportedName: "submitMilestoneEvidence",
    permission: "milestone.submit_evidence",
    allowed: ["startup-member"],
  },
  {
    file: "lib/actions/milestones/assess-milestone.ts",
    exportedName: "assessMilestone",
    permission: "milestone.assess",
    allowed: ["programme-officer"],
  },
  {
    file: "lib/actions/milestones/mark-milestone-missed.ts",
    exportedName: "markMilestoneMissed",
    permission: "milestone.assess",
    allowed: ["programme-officer"],
  },
  {
    file: "lib/actions/milestones/sign-off-milestone.ts",
    exportedName: "signOffMilestone",
    permission: "milestone.sign_off (assigned mentor only)",
    allowed: ["mentor"],
  },
  {
    file: "lib/actions/consent/grant-consent.ts",
    exportedName: "grantConsent",
    permission: "consent.manage",
    allowed: ["startup-member"],
  },
  {
    file: "lib/actions/consent/withdraw-consent.ts",
    exportedName: "withdrawConsent",
    permission: "consent.manage",
    allowed: ["startup-member"],
  },
];
