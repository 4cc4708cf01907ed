import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dueWindows, OPEN_MILESTONE_STATUSES } from "./milestone-filters";
import type { Transaction } from "./transaction";

/** One start-up's milestone counts: the four health buckets and the rest of the plan. */
export type MilestoneCounts = {
  total: number;
  achieved: number;
  missed: number;
  awaitingAssessment: number;
  overdue: number;
  dueSoon: number;
  /** Open, due after the next 14 days. */
  onTrack: number;
  /** The earliest due date among open milestones. */
  nextDueOn: Date | null;
};

export const EMPTY_COUNTS: MilestoneCounts = {
  total: 0,
  achieved: 0,
  missed: 0,
  awaitingAssessment: 0,
  overdue: 0,
  dueSoon: 0,
  onTrack: 0,
  nextDueOn: null,
};

/**
 * Milestone counts per enrolment by SQL aggregation (`groupBy`), never by loading milestones:
 * by status, overdue, due soon and the next due date, over the milestones `where` keeps. A
 * bounded number of queries whatever the number of enrolments.
 */
export async function countMilestonesByEnrolment(
  tx: Transaction,
  enrolmentIds: readonly string[],
  where: Prisma.MilestoneWhereInput,
  today: Date,
): Promise<Map<string, MilestoneCounts>> {
  const counts = new Map<string, MilestoneCounts>();
  if (enrolmentIds.length === 0) return counts;
  const scope = { enrolmentId: { in: [...enrolmentIds] } };
  const windows = dueWindows(today);
  const [byStatus, overdue, dueSoon, next] = await Promise.all([
    tx.milestone.groupBy({
      by: ["enrolmentId", "status"],
      where: { AND: [scope, where] },
      _count: { _all: true },
    }),
    tx.milestone.groupBy({
      by: ["enrolmentId"],
      where: { AND: [scope, where, windows.overdue] },
      _count: { _all: true },
    }),
    tx.milestone.groupBy({
      by: ["enrolmentId"],
      where: { AND: [scope, where, windows.dueSoon] },
      _count: { _all: true },
    }),
    tx.milestone.groupBy({
      by: ["enrolmentId"],
      where: { AND: [scope, where, { status: { in: [...OPEN_MILESTONE_STATUSES] } }] },
      _min: { dueOn: true },
    }),
  ]);
  const entry = (enrolmentId: string) => {
    let found = counts.get(enrolmentId);
    if (!found) {
      found = { ...EMPTY_COUNTS };
      counts.set(enrolmentId, found);
    }
    return found;
  };
  for (const row of byStatus) {
    const counted = entry(row.enrolmentId);
    counted.total += row._count._all;
    if (row.status === "ACHIEVED") counted.achieved += row._count._all;
    if (row.status === "MISSED") counted.missed += row._count._all;
    if (row.status === "SUBMITTED") counted.awaitingAssessment += row._count._all;
  }
  for (const row of overdue) entry(row.enrolmentId).overdue = row._count._all;
  for (const row of dueSoon) entry(row.enrolmentId).dueSoon = row._count._all;
  for (const row of next) entry(row.enrolmentId).nextDueOn = row._min.dueOn;
  for (const counted of counts.values()) {
    const open = counted.total - counted.achieved - counted.missed;
    counted.onTrack = Math.max(0, open - counted.overdue - counted.dueSoon);
  }
  return counts;
}
