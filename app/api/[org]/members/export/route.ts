import { buildMembersExport } from "@/lib/data/members/members-export";
import { parseMemberListFilters } from "@/lib/data/members/member-list-filters";
import { csvExportRoute } from "@/lib/exports/csv-route";

export const dynamic = "force-dynamic";

/**
 * The members list as CSV (`?role=&status=&q=`, the page's filters) for the operator's admins
 * (member.invite, who manage members); anyone else 404.
 */
export const GET = csvExportRoute({
  name: "member",
  permission: "member.invite",
  build: ({ organisationId, searchParams }) =>
    buildMembersExport(organisationId, parseMemberListFilters(Object.fromEntries(searchParams))),
});
