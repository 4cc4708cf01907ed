import { buildReviewsExport, readReviewAssignmentFilters } from "@/lib/data/reviews/reviews-export";
import { csvExportRoute } from "@/lib/exports/csv-route";

export const dynamic = "force-dynamic";

/**
 * The operator's review assignments (status, due, overdue) as CSV for its admins and officers;
 * `?status=&call=&overdue=1` filter it. Anyone else gets 404 and leaves a denial event.
 */
export const GET = csvExportRoute({
  name: "reviews",
  permission: "application.export",
  build: async ({ organisationId, searchParams }) => {
    const { header, rows } = await buildReviewsExport(
      organisationId,
      readReviewAssignmentFilters(searchParams),
    );
    return { fileName: "review-assignments", header, rows };
  },
});
