import type { ActionRow } from "../action-row";

/**
 * The cohort: enrolment, the mentor pool and assignments, coaching sessions and action items.
 * Mentor actions reach only start-ups the acting mentor is ACTIVELY assigned to (the scenario
 * assigns the actor); start-up actions only sessions under the start-up's own enrolments.
 */
export const COHORT_ACTIONS: readonly ActionRow[] = [
  {
    file: "lib/actions/enrolments/enrol-startup.ts",
    exportedName: "enrolStartup",
    permission: "enrolment.manage",
    allowed: ["programme-officer"],
  },
  {
    file: "lib/actions/enrolments/change-enrolment-status.ts",
    exportedName: "changeEnrolmentStatus",
    permission: "enrolment.manage",
    allowed: ["programme-officer"],
  },
  {
    file: "lib/actions/enrolments/update-support-plan.ts",
    exportedName: "updateSupportPlan",
    permission: "enrolment.manage",
    allowed: ["programme-officer"],
  },
  {
    file: "lib/actions/mentors/update-mentor-profile.ts",
    exportedName: "updateMentorProfile",
    permission: "mentor_profile.edit (own profile only)",
    allowed: ["mentor"],
  },
  {
    file: "lib/actions/mentors/assign-mentor.ts",
    exportedName: "assignMentor",
    permission: "mentor.assign",
    allowed: ["programme-officer"],
  },
  {
    file: "lib/actions/mentors/end-mentor-assignment.ts",
    exportedName: "endMentorAssignment",
    permission: "mentor.assign",
    allowed: ["programme-officer"],
  },
  {
    file: "lib/actions/coaching/schedule-session.ts",
    exportedName: "scheduleSession",
    permission: "coaching.log (assigned start-ups only)",
    allowed: ["mentor"],
  },
  {
    file: "lib/actions/coaching/log-session.ts",
    exportedName: "logSession",
    permission: "coaching.log (assigned start-ups only)",
    allowed: ["mentor"],
  },
  {
    file: "lib/actions/coaching/cancel-session.ts",
    exportedName: "cancelSession",
    permission: "coaching.log (own sessions only)",
    allowed: ["mentor"],
  },
  {
    file: "lib/actions/coaching/confirm-session.ts",
    exportedName: "confirmSession",
    permission: "coaching.confirm (own start-up's sessions only)",
    allowed: ["startup-member"],
  },
  {
    file: "lib/actions/coaching/complete-action-item.ts",
    exportedName: "completeActionItem",
    permission: "action_item.complete (each side its own items)",
    allowed: ["startup-member", "mentor"],
  },
];
