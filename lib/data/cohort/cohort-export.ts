import "server-only";
import { db } from "@/lib/db";
import type { CsvCell } from "@/lib/domain/csv";
import { cohortWhere, type CohortFilters } from "./cohort-filters";
import { readCohortFacts } from "./cohort-facts";

const CHUNK = 1000;

const hongKongDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Hong_Kong" });

export const COHORT_CSV_HEADER = [
  "Start-up",
  "Start-up (Chinese)",
  "Programme",
  "Status",
  "Starts on",
  "Ends on",
  "Mentors",
  "Last session",
  "Sessions this quarter",
  "Milestones overdue",
] as const;

/**
 * Every enrolment matching the cohort page's filters as CSV rows (same order as the page):
 * only the columns the file needs, and the per-enrolment facts counted by PostgreSQL in chunks.
 */
export async function buildCohortCsvRows(
  organisationId: string,
  filters: CohortFilters,
  now: Date = new Date(),
): Promise<CsvCell[][]> {
  return db.$transaction(async (tx) => {
    const enrolments = await tx.enrolment.findMany({
      where: cohortWhere(organisationId, filters),
      orderBy: [{ startsOn: "desc" }, { id: "desc" }],
      select: {
        id: true,
        status: true,
        startsOn: true,
        endsOn: true,
        programme: { select: { name: true } },
        startup: { select: { name: true, nameZh: true } },
      },
    });
    const rows: CsvCell[][] = [];
    for (let start = 0; start < enrolments.length; start += CHUNK) {
      const chunk = enrolments.slice(start, start + CHUNK);
      const facts = await readCohortFacts(
        tx,
        organisationId,
        chunk.map((enrolment) => enrolment.id),
        { now, withNextMilestone: false },
      );
      for (const enrolment of chunk) {
        const fact = facts.get(enrolment.id)!;
        rows.push([
          enrolment.startup.name,
          enrolment.startup.nameZh,
          enrolment.programme.name,
          enrolment.status,
          enrolment.startsOn.toISOString().slice(0, 10),
          enrolment.endsOn.toISOString().slice(0, 10),
          fact.mentorNames.join("; "),
          fact.lastSessionAt ? hongKongDay.format(fact.lastSessionAt) : null,
          fact.sessionsThisQuarter,
          fact.overdueMilestones,
        ]);
      }
    }
    return rows;
  });
}
