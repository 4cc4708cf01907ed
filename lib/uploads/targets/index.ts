import { applicationUploadTarget } from "./application";
import { disbursementUploadTarget } from "./disbursement";
import { milestoneEvidenceUploadTarget } from "./milestone-evidence";
import type { UploadTarget } from "./types";

/**
 * Every kind of record that takes files, by the `target` name the upload form sends. Add a
 * target here (with a row in ROUTE_MATRIX's notes and an integration test) to accept files
 * for a new kind of record.
 */
export const UPLOAD_TARGETS: Record<string, UploadTarget> = {
  application: applicationUploadTarget,
  disbursement: disbursementUploadTarget,
  "milestone-evidence": milestoneEvidenceUploadTarget,
};

export type { UploadTarget } from "./types";
