import type { MilestoneCategory } from "@/lib/generated/prisma/enums";

export const milestoneCategoryLabels: Record<MilestoneCategory, string> = {
  RESEARCH: "Research",
  PRECLINICAL: "Preclinical",
  CLINICAL: "Clinical",
  REGULATORY: "Regulatory",
  MANUFACTURING_GMP: "Manufacturing / GMP",
  COMMERCIAL: "Commercial",
  FUNDRAISING: "Fundraising",
};

/** Milestone statuses after which nothing more is expected (not counted as due or overdue). */
export const closedMilestoneStatuses = ["ACHIEVED", "MISSED"] as const;
