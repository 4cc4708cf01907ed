import { buildCohortCsvRows, COHORT_CSV_HEADER } from "@/lib/data/cohort/cohort-export";
import { parseCohortFilters } from "@/lib/data/cohort/cohort-filters";
import { csvExportRoute } from "@/lib/exports/csv-route";

export const dynamic = "force-dynamic";

/**
 * The cohort as CSV with the cohort page's filters (`?status=&programme=&mentor=&q=`): start-up,
 * programme, status, mentors, last session, sessions this quarter, milestones overdue. For the
 * operator's programme officers (enrolment.manage); anyone else 404.
 */
export const GET = csvExportRoute({
  name: "cohort",
  permission: "enrolment.manage",
  build: async ({ organisationId, searchParams }) => ({
    fileName: "cohort",
    header: COHORT_CSV_HEADER,
    rows: await buildCohortCsvRows(organisationId, parseCohortFilters(searchParams)),
  }),
});
