import type { ActionRow } from "../action-row";

const OFFICERS = ["operator-admin", "programme-officer"] as const;

/**
 * Programmes and their calls: set-up, form and rubric building, publishing and closing. Every
 * action but creating a programme names a programme or call of the target tenant.
 */
export const PROGRAMME_ACTIONS: readonly ActionRow[] = [
  {
    file: "lib/actions/programmes/create-programme.ts",
    exportedName: "createProgramme",
    permission: "programme.manage",
    // No target record: every operator admin may create a programme in their own organisation.
    allowed: [...OFFICERS, "foreign-operator-admin", "foreign-target-operator-admin"],
  },
  {
    file: "lib/actions/programmes/update-programme.ts",
    exportedName: "updateProgramme",
    permission: "programme.manage",
    allowed: OFFICERS,
  },
  {
    file: "lib/actions/calls/create-call.ts",
    exportedName: "createCall",
    permission: "call.manage",
    allowed: OFFICERS,
  },
  {
    file: "lib/actions/calls/update-call-details.ts",
    exportedName: "updateCallDetails",
    permission: "call.manage",
    allowed: OFFICERS,
  },
  {
    file: "lib/actions/calls/save-eligibility-criteria.ts",
    exportedName: "saveEligibilityCriteria",
    permission: "call.manage",
    allowed: OFFICERS,
  },
  {
    file: "lib/actions/calls/save-form-draft.ts",
    exportedName: "saveFormDraft",
    permission: "call.manage",
    allowed: OFFICERS,
  },
  {
    file: "lib/actions/calls/save-rubric-draft.ts",
    exportedName: "saveRubricDraft",
    permission: "call.manage",
    allowed: OFFICERS,
  },
  {
    file: "lib/actions/calls/publish-call.ts",
    exportedName: "publishCall",
    permission: "call.manage",
    allowed: OFFICERS,
  },
  {
    file: "lib/actions/calls/close-call.ts",
    exportedName: "closeCall",
    permission: "call.manage",
    allowed: OFFICERS,
  },
];
