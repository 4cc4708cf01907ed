import { buildMilestoneExport } from "@/lib/data/milestones/export-milestones";
import { readMilestoneFilters } from "@/lib/data/milestones/milestone-filters";
import { csvExportRoute } from "@/lib/exports/csv-route";

export const dynamic = "force-dynamic";

/**
 * The milestone overview as CSV for the operator's programme officers (milestone.assess): one
 * row per milestone with the page's filters (`programme`, `enrolment`, `status`, `category`,
 * `overdue`, `q`). Anyone else gets 404 (tests/integration/milestones/export.test.ts).
 */
export const GET = csvExportRoute({
  name: "milestones",
  permission: "milestone.assess",
  build: ({ organisationId, searchParams }) =>
    buildMilestoneExport({ side: "OFFICER", organisationId }, readMilestoneFilters(searchParams)),
});
