import type { ActionRow } from "../action-row";

/** Reviewer assignment, conflicts of interest, scoring and decisions. */
export const REVIEW_ACTIONS: readonly ActionRow[] = [];
