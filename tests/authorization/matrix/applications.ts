import type { ActionRow } from "../action-row";

/** Calls, programmes and applications: set-up, applying, screening. */
export const APPLICATION_ACTIONS: readonly ActionRow[] = [
  {
    file: "lib/actions/applications/start-application.ts",
    exportedName: "startApplication",
    permission: "application.edit_draft",
    // Only start-up members apply; the call is public, the draft is their start-up's own.
    allowed: ["startup-member"],
  },
  {
    file: "lib/actions/applications/save-application-draft.ts",
    exportedName: "saveApplicationDraft",
    permission: "application.edit_draft",
    allowed: ["startup-member"],
  },
  {
    file: "lib/actions/applications/submit-application.ts",
    exportedName: "submitApplication",
    permission: "application.submit",
    allowed: ["startup-member"],
  },
  {
    file: "lib/actions/applications/withdraw-application.ts",
    exportedName: "withdrawApplication",
    permission: "application.withdraw",
    allowed: ["startup-member"],
  },
];
