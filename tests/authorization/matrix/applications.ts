import type { ActionRow } from "../action-row";

/** Calls, programmes and applications: set-up, applying, screening. */
export const APPLICATION_ACTIONS: readonly ActionRow[] = [];
