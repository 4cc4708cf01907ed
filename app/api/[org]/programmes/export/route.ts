import {
  listProgrammesForExport,
  readProgrammeFilters,
} from "@/lib/data/programmes/list-programmes";
import { csvExportRoute } from "@/lib/exports/csv-route";
import { focusAreaLabels } from "@/lib/domain/focus-areas";
import { programmeKindLabels } from "@/lib/domain/programme-kinds";

export const dynamic = "force-dynamic";

const STATUS_LABELS = { DRAFT: "Draft", ACTIVE: "Active", ARCHIVED: "Archived" } as const;

/** Whole Hong Kong dollars from cents, exactly ("6000000.00"), for a spreadsheet column. */
function dollars(cents: bigint): string {
  const sign = cents < 0n ? "-" : "";
  const absolute = cents < 0n ? -cents : cents;
  return `${sign}${absolute / 100n}.${(absolute % 100n).toString().padStart(2, "0")}`;
}

/**
 * The operator's programmes (as filtered on the programmes page: `?status=&kind=&q=`) as CSV for
 * its admins and officers; anyone else gets 404 and leaves a denial event.
 */
export const GET = csvExportRoute({
  name: "programmes",
  permission: "programme.manage",
  build: async ({ organisationId, searchParams }) => {
    const programmes = await listProgrammesForExport(
      organisationId,
      readProgrammeFilters(searchParams),
    );
    return {
      fileName: "programmes",
      header: [
        "Programme",
        "Programme (Chinese)",
        "Kind",
        "Status",
        "Focus areas",
        "Funding cap (HKD)",
        "Duration (months)",
        "Partners",
        "Calls",
        "Enrolments",
      ],
      rows: programmes.map((programme) => [
        programme.name,
        programme.nameZh,
        programmeKindLabels[programme.kind],
        STATUS_LABELS[programme.status],
        programme.focusAreas.map((area) => focusAreaLabels[area]).join("; "),
        dollars(programme.fundingCapCents),
        programme.durationMonths,
        programme.partners.map((link) => link.partner.name).join("; "),
        programme._count.calls,
        programme._count.enrolments,
      ]),
    };
  },
});
