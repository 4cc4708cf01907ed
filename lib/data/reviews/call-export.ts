import "server-only";
import { getCallScoreboard } from "@/lib/data/reviews/get-call-scoreboard";
import { formatHkDate } from "@/lib/domain/dates";
import { toCsv, type CsvCell } from "@/lib/domain/csv";
import type { CallApplicationFilters } from "@/lib/data/reviews/call-application-filters";

const STATUS_LABELS: Record<string, string> = {
  SUBMITTED: "Submitted",
  SCREENING: "Screening",
  IN_REVIEW: "In review",
  SHORTLISTED: "Shortlisted",
  ACCEPTED: "Accepted",
  REJECTED: "Rejected",
  WITHDRAWN: "Withdrawn",
};

/**
 * A call's applications with their scores as a CSV file for Excel: one row per application
 * (reference, start-up, project, status, screening, reviews, weighted mean, per-criterion means,
 * spread, recommendations, decision), under the same filters as the officer's list (every
 * matching row, not one page). Null for a call outside the tenant.
 */
export async function buildCallExport(
  organisationId: string,
  callId: string,
  now = new Date(),
  filters: CallApplicationFilters = {},
) {
  const scoreboard = await getCallScoreboard(organisationId, callId, now, { filters });
  if (!scoreboard) return null;
  const criteria = scoreboard.rubric?.criteria ?? [];
  const header = [
    "Reference",
    "Start-up",
    "Start-up (Chinese)",
    "Project",
    "Status",
    "Screening",
    "Reviews submitted",
    "Reviews expected",
    "Weighted mean",
    ...criteria.map((criterion) => `Mean: ${criterion.label} (weight ${criterion.weight})`),
    "Spread (SD)",
    "Lowest review",
    "Highest review",
    "Strongly support",
    "Support",
    "Neutral",
    "Do not support",
    "Decision",
    "Decided on",
  ];
  const rows: CsvCell[][] = scoreboard.applications.map((row) => [
    row.reference,
    row.startupName,
    row.startupNameZh,
    row.projectTitle,
    STATUS_LABELS[row.status] ?? row.status,
    row.screeningOutcome === "ELIGIBLE"
      ? "Eligible"
      : row.screeningOutcome === "INELIGIBLE"
        ? "Ineligible"
        : "Not screened",
    row.summary.reviewCount,
    row.expectedReviews,
    row.summary.weightedMean,
    ...criteria.map((criterion) => row.summary.criterionMeans[criterion.id] ?? null),
    row.summary.standardDeviation,
    row.summary.min,
    row.summary.max,
    row.recommendations.STRONGLY_SUPPORT,
    row.recommendations.SUPPORT,
    row.recommendations.NEUTRAL,
    row.recommendations.DO_NOT_SUPPORT,
    row.decision ? (row.decision.outcome === "ACCEPTED" ? "Accepted" : "Rejected") : null,
    row.decision ? formatHkDate(row.decision.decidedAt) : null,
  ]);
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Hong_Kong" }).format(now);
  return {
    fileName: `${scoreboard.call.slug}-applications-${day}.csv`,
    csv: toCsv(header, rows),
    rowCount: rows.length,
    call: scoreboard.call,
  };
}
