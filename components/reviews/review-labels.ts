import type { ReviewerAssignmentStatus, ReviewRecommendation } from "@/lib/generated/prisma/enums";
import type { BadgeTone } from "@/components/ui/badge";

export const recommendationLabels: Record<ReviewRecommendation, string> = {
  STRONGLY_SUPPORT: "Strongly support",
  SUPPORT: "Support",
  NEUTRAL: "Neutral",
  DO_NOT_SUPPORT: "Do not support",
};

export const assignmentStatusStyles: Record<
  ReviewerAssignmentStatus,
  { label: string; tone: BadgeTone }
> = {
  ASSIGNED: { label: "To review", tone: "brand" },
  CONFLICTED: { label: "Conflict declared", tone: "warning" },
  SUBMITTED: { label: "Submitted", tone: "success" },
  REMOVED: { label: "Removed", tone: "muted" },
};

/** A score to two decimals, or a dash when there is none. */
export function formatScore(value: number | null): string {
  return value === null ? "—" : value.toFixed(2);
}
