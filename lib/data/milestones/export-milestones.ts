import "server-only";
import { db } from "@/lib/db";
import { hongKongToday } from "@/lib/domain/dates";
import { daysUntilDue, isOpenMilestone } from "@/lib/domain/milestone-overdue";
import type { CsvExport } from "@/lib/exports/csv-route";
import type { MilestoneReach } from "./find-milestone-for-change";
import {
  enrolmentFilterWhere,
  milestoneFilterWhere,
  type MilestoneFilters,
} from "./milestone-filters";
import { READ_TRANSACTION } from "./read-transaction";

export const MILESTONE_EXPORT_HEADER = [
  "Start-up",
  "Start-up (Chinese)",
  "Programme",
  "Milestone",
  "Category",
  "Due",
  "Status",
  "Overdue days",
] as const;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Every milestone the overview's filters keep, one row each (start-up, then due date): the
 * same filters as the page, only the columns the file needs. Overdue days are counted in
 * Hong Kong calendar days, blank when the milestone is not overdue.
 */
export async function buildMilestoneExport(
  reach: MilestoneReach,
  filters: MilestoneFilters,
  now: Date = new Date(),
): Promise<CsvExport> {
  const today = hongKongToday(now);
  const rows = await db.$transaction(
    (tx) =>
      tx.milestone.findMany({
        where: {
          AND: [
            { enrolment: enrolmentFilterWhere(reach, filters, today) },
            milestoneFilterWhere(filters, today),
          ],
        },
        orderBy: [{ enrolment: { startup: { name: "asc" } } }, { dueOn: "asc" }, { id: "asc" }],
        select: {
          title: true,
          category: true,
          dueOn: true,
          status: true,
          enrolment: {
            select: {
              startup: { select: { name: true, nameZh: true } },
              programme: { select: { name: true } },
            },
          },
        },
      }),
    READ_TRANSACTION,
  );
  return {
    fileName: "milestones",
    header: MILESTONE_EXPORT_HEADER,
    rows: rows.map((row) => {
      const days = daysUntilDue(row.dueOn, now);
      return [
        row.enrolment.startup.name,
        row.enrolment.startup.nameZh ?? "",
        row.enrolment.programme.name,
        row.title,
        row.category,
        isoDay(row.dueOn),
        row.status,
        isOpenMilestone(row.status) && days < 0 ? -days : "",
      ];
    }),
  };
}
