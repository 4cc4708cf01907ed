import "server-only";
import { db } from "@/lib/db";
import { hongKongToday } from "@/lib/domain/dates";
import { decodeCursor, PAGE_SIZE, takePage } from "@/lib/pagination/cursor";
import { countMilestonesByEnrolment, EMPTY_COUNTS } from "./count-milestones-by-enrolment";
import type { MilestoneReach } from "./find-milestone-for-change";
import {
  dueWindows,
  enrolmentFilterWhere,
  milestoneFilterWhere,
  type MilestoneFilters,
} from "./milestone-filters";
import { enrolmentReachWhere } from "./milestone-reach";
import { READ_TRANSACTION } from "./read-transaction";

/**
 * One page of the milestone overview for the programme officer (every enrolment of the
 * operator) or a mentor (assigned start-ups): per start-up, counts of on-track, due-soon,
 * overdue and achieved milestones by SQL aggregation, in start-up name order (then id, so ties
 * never skip or repeat), PAGE_SIZE at a time after `cursor`. `totals` aggregate every
 * matching start-up and milestone, not just this page.
 */
export async function listMilestoneSummaries(
  reach: MilestoneReach,
  filters: MilestoneFilters,
  cursor: string | undefined,
  now: Date = new Date(),
  pageSize: number = PAGE_SIZE,
) {
  const today = hongKongToday(now);
  const where = enrolmentFilterWhere(reach, filters, today);
  const milestoneWhere = milestoneFilterWhere(filters, today);
  const after = decodeCursor(cursor, 2);
  const [afterName, afterId] = after ?? [];
  const cursorWhere =
    typeof afterName === "string" && typeof afterId === "string"
      ? {
          OR: [
            { startup: { name: { gt: afterName } } },
            { startup: { name: afterName }, id: { gt: afterId } },
          ],
        }
      : {};
  return db.$transaction(async (tx) => {
    const [rows, startupCount, programmes] = await Promise.all([
      tx.enrolment.findMany({
        where: { AND: [where, cursorWhere] },
        orderBy: [{ startup: { name: "asc" } }, { id: "asc" }],
        take: pageSize + 1,
        select: {
          id: true,
          status: true,
          startsOn: true,
          programme: { select: { id: true, name: true, nameZh: true } },
          startup: { select: { id: true, name: true, nameZh: true } },
        },
      }),
      tx.enrolment.count({ where }),
      tx.programme.findMany({
        where: { enrolments: { some: enrolmentReachWhere(reach) } },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        select: { id: true, name: true, nameZh: true },
      }),
    ]);
    const page = takePage(rows, (row) => [row.startup.name, row.id], pageSize);
    const matching = { AND: [{ enrolment: where }, milestoneWhere] };
    const windows = dueWindows(today);
    const [counts, byStatus, overdue, dueSoon] = await Promise.all([
      countMilestonesByEnrolment(
        tx,
        page.items.map((row) => row.id),
        milestoneWhere,
        today,
      ),
      tx.milestone.groupBy({ by: ["status"], where: matching, _count: { _all: true } }),
      tx.milestone.count({ where: { AND: [matching, windows.overdue] } }),
      tx.milestone.count({ where: { AND: [matching, windows.dueSoon] } }),
    ]);
    const ofStatus = (status: string) =>
      byStatus.find((row) => row.status === status)?._count._all ?? 0;
    return {
      items: page.items.map((row) => ({ ...row, counts: counts.get(row.id) ?? EMPTY_COUNTS })),
      nextCursor: page.nextCursor,
      programmes,
      totals: {
        startups: startupCount,
        milestones: byStatus.reduce((sum, row) => sum + row._count._all, 0),
        achieved: ofStatus("ACHIEVED"),
        awaitingAssessment: ofStatus("SUBMITTED"),
        overdue,
        dueSoon,
      },
    };
  }, READ_TRANSACTION);
}

export type MilestoneSummaryPage = Awaited<ReturnType<typeof listMilestoneSummaries>>;
export type MilestoneSummaryRow = MilestoneSummaryPage["items"][number];
