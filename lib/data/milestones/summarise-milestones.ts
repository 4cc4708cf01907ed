import { isMilestoneDueSoon, isMilestoneOverdue } from "@/lib/domain/milestone-overdue";
import type { MilestoneStatus } from "@/lib/generated/prisma/enums";

export type MilestoneSummary = {
  total: number;
  achieved: number;
  overdue: number;
  dueSoon: number;
  awaitingAssessment: number;
};

/** Counts for a plan's header and progress bar. */
export function summariseMilestones(
  milestones: readonly { status: MilestoneStatus; dueOn: Date }[],
  now: Date,
): MilestoneSummary {
  return {
    total: milestones.length,
    achieved: milestones.filter((m) => m.status === "ACHIEVED").length,
    overdue: milestones.filter((m) => isMilestoneOverdue(m, now)).length,
    dueSoon: milestones.filter((m) => isMilestoneDueSoon(m, now)).length,
    awaitingAssessment: milestones.filter((m) => m.status === "SUBMITTED").length,
  };
}
