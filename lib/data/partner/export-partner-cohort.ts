import "server-only";
import type { CsvExport } from "@/lib/exports/csv-route";
import { listWholePartnerCohort, type PartnerCohortFilters } from "./list-partner-cohort";

export const PARTNER_COHORT_EXPORT_HEADER = [
  "Start-up",
  "Start-up (Chinese)",
  "Programme",
  "Operator",
  "Enrolment status",
  "Enrolled since",
  "Shared with you",
  "Milestones",
  "Achieved",
  "Overdue",
  "Due in 14 days",
  "Next milestone",
  "Next due",
  "Coaching summaries",
] as const;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The partner's cohort as CSV rows. Identity columns (name, programme, enrolment) are what the
 * partner sees of every start-up in its programmes; milestone columns are filled only where the
 * start-up shares MILESTONES with this partner in that programme, the coaching column only
 * where it shares COACHING_SUMMARIES: otherwise they stay empty, never a zero that would
 * suggest the data was shared.
 */
export async function buildPartnerCohortExport(
  partnerId: string,
  filters: PartnerCohortFilters,
  now: Date = new Date(),
): Promise<CsvExport> {
  const entries = await listWholePartnerCohort(partnerId, filters, now);
  return {
    fileName: "co-incubation-cohort",
    header: PARTNER_COHORT_EXPORT_HEADER,
    rows: entries.map((entry) => {
      const milestones = entry.milestones;
      return [
        entry.startup.name,
        entry.startup.nameZh ?? "",
        entry.programme.name,
        entry.programme.operator,
        entry.status,
        isoDay(entry.startsOn),
        entry.shared.join(" "),
        milestones?.summary.total ?? "",
        milestones?.summary.achieved ?? "",
        milestones?.summary.overdue ?? "",
        milestones?.summary.dueSoon ?? "",
        milestones?.next?.title ?? "",
        milestones?.next ? isoDay(milestones.next.dueOn) : "",
        entry.coachingSummaries ?? "",
      ];
    }),
  };
}
