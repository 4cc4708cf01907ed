import { buildPartnerCohortExport } from "@/lib/data/partner/export-partner-cohort";
import { readPartnerCohortFilters } from "@/lib/data/partner/list-partner-cohort";
import { csvExportRoute } from "@/lib/exports/csv-route";

export const dynamic = "force-dynamic";

/**
 * A partner's co-incubation cohort as CSV, with the page's filters (`programme`, `status`,
 * `q`): only the partner's own programmes, and per start-up only the categories it shares with
 * this partner. Partner members of a partner organisation only; anyone else gets 404
 * (tests/integration/partner/cohort-export.test.ts).
 */
export const GET = csvExportRoute({
  name: "partner-cohort",
  permission: "partner_cohort.export",
  operatorOnly: false,
  build: async ({ organisationId, membership, searchParams }) => {
    if (membership.organisation.kind !== "PARTNER") return null;
    return buildPartnerCohortExport(organisationId, readPartnerCohortFilters(searchParams));
  },
});
