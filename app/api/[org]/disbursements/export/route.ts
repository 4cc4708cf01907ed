import { buildTrancheQueueExport } from "@/lib/data/grants/tranche-queue-export";
import { parseTrancheQueueFilters } from "@/lib/data/grants/tranche-queue-filters";
import { csvExportRoute } from "@/lib/exports/csv-route";

export const dynamic = "force-dynamic";

/**
 * The tranche queue as CSV (`?status=&programme=`, the page's filters; every matching tranche)
 * for the operator's admins, officers and finance approvers (grant.report); anyone else 404.
 */
export const GET = csvExportRoute({
  name: "disbursement",
  permission: "grant.report",
  build: ({ organisationId, user, membership, searchParams }) =>
    buildTrancheQueueExport(
      organisationId,
      parseTrancheQueueFilters(Object.fromEntries(searchParams), membership.role),
      { userId: user.id, role: membership.role },
    ),
});
