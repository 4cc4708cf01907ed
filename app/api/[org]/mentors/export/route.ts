import {
  buildMentorPoolCsvRows,
  MENTOR_POOL_CSV_HEADER,
} from "@/lib/data/mentors/mentor-pool-export";
import { parseMentorPoolFilters } from "@/lib/data/mentors/mentor-pool-filters";
import { csvExportRoute } from "@/lib/exports/csv-route";

export const dynamic = "force-dynamic";

/**
 * The mentor pool as CSV with the pool page's filters (`?q=&expertise=`): profile, capacity,
 * load and current start-ups. For the operator's programme officers (mentor.assign); others 404.
 */
export const GET = csvExportRoute({
  name: "mentors",
  permission: "mentor.assign",
  build: async ({ organisationId, searchParams }) => ({
    fileName: "mentor-pool",
    header: MENTOR_POOL_CSV_HEADER,
    rows: await buildMentorPoolCsvRows(organisationId, parseMentorPoolFilters(searchParams)),
  }),
});
