import {
  buildCoachingCsvRows,
  COACHING_CSV_HEADER,
  parseCoachingExportFilters,
} from "@/lib/data/coaching/coaching-sessions-export";
import { csvExportRoute } from "@/lib/exports/csv-route";

export const dynamic = "force-dynamic";

/**
 * The operator's coaching sessions as CSV (`?enrolment=&programme=&mentor=&status=&from=&to=`),
 * without private notes or assessments. For the operator's programme officers
 * (enrolment.manage); anyone else, and an enrolment of another operator, 404.
 */
export const GET = csvExportRoute({
  name: "coaching",
  permission: "enrolment.manage",
  build: async ({ organisationId, searchParams }) => {
    const filters = parseCoachingExportFilters(searchParams);
    const rows = await buildCoachingCsvRows(organisationId, filters);
    if (!rows) return null;
    return {
      fileName: "coaching-sessions",
      header: COACHING_CSV_HEADER,
      rows,
      target: filters.enrolmentId ? { type: "Enrolment", id: filters.enrolmentId } : undefined,
    };
  },
});
