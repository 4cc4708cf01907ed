import type { MilestoneCategory, MilestoneStatus } from "@/lib/generated/prisma/enums";
import { milestoneCategoryLabels } from "./milestone-categories";

const MILESTONE_STATUS_WORDS: Record<MilestoneStatus, string> = {
  PLANNED: "planned",
  IN_PROGRESS: "in progress",
  SUBMITTED: "waiting for the officer's assessment of its evidence",
  ACHIEVED: "achieved",
  DELAYED: "delayed",
  MISSED: "missed",
};

/**
 * Why a gated tranche cannot be approved yet (it names no milestone, or its milestone is not
 * ACHIEVED), naming the milestone; null when the bucket is not gated or the gate is met.
 */
export function gateProblem(tranche: {
  bucket: { name: string; gatingMilestoneCategory: MilestoneCategory | null };
  gatingMilestone: { title: string; status: MilestoneStatus } | null;
}): string | null {
  const category = tranche.bucket.gatingMilestoneCategory;
  if (!category) return null;
  if (!tranche.gatingMilestone) {
    return `${tranche.bucket.name} is tied to a ${milestoneCategoryLabels[category].toLowerCase()} milestone, and this request names none. Reject it and ask for a request that names the milestone.`;
  }
  if (tranche.gatingMilestone.status !== "ACHIEVED") {
    return `This tranche is tied to the milestone "${tranche.gatingMilestone.title}", which is ${MILESTONE_STATUS_WORDS[tranche.gatingMilestone.status]}. It can be approved once the milestone is achieved.`;
  }
  return null;
}
