import Link from "next/link";
import { DecisionForm } from "@/components/reviews/decision-form";
import { formatScore } from "@/components/reviews/review-labels";
import { ShortlistButton } from "@/components/reviews/shortlist-button";
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import type { CallResultRow } from "@/lib/data/reviews/get-call-results";

/** The call's applications ranked by weighted mean, with spread, criteria and the officer's controls. */
export function CallResultsTable({
  organisation,
  criteria,
  rows,
}: {
  organisation: string;
  criteria: { id: string; label: string; weight: string }[];
  rows: CallResultRow[];
}) {
  return (
    <Table caption="Applications ranked by weighted mean score">
      <TableHead>
        <TableRow>
          <TableHeaderCell isCompact>Rank</TableHeaderCell>
          <TableHeaderCell isCompact className="min-w-56">
            Application
          </TableHeaderCell>
          <TableHeaderCell isCompact align="right">
            Mean
          </TableHeaderCell>
          <TableHeaderCell isCompact align="right">
            Spread
          </TableHeaderCell>
          {criteria.map((criterion) => (
            <TableHeaderCell key={criterion.id} isCompact align="right">
              {criterion.label}
            </TableHeaderCell>
          ))}
          <TableHeaderCell isCompact>Reviews</TableHeaderCell>
          <TableHeaderCell isCompact>Next step</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => {
          const outliers = row.summary.reviews.filter((review) => review.isOutlier);
          const outlierNames = row.reviews
            .filter((review) => outliers.some((outlier) => outlier.reviewId === review.id))
            .map((review) => review.reviewerName);
          return (
            <TableRow key={row.id}>
              <TableCell isCompact className="tabular-nums">
                {row.rank ?? "—"}
              </TableCell>
              <TableCell isCompact>
                <p className="font-medium text-ink-900">
                  {/* Relative to …/calls/<callId>/results: the officer's page for the application. */}
                  <Link
                    href={`applications/${row.id}`}
                    className="hover:text-brand-700 hover:underline"
                  >
                    {row.projectTitle}
                  </Link>
                </p>
                <p className="text-xs text-ink-500">
                  {row.reference} · {row.startupName}
                </p>
                <div className="mt-1">
                  <StatusBadge kind="application" status={row.status} />
                </div>
              </TableCell>
              <TableCell isCompact align="right" className="font-semibold tabular-nums">
                {formatScore(row.summary.weightedMean)}
              </TableCell>
              <TableCell isCompact align="right" className="tabular-nums">
                {row.summary.standardDeviation === null ? (
                  "—"
                ) : (
                  <>
                    ±{formatScore(row.summary.standardDeviation)}
                    <p className="text-xs text-ink-500">
                      {formatScore(row.summary.min)}–{formatScore(row.summary.max)}
                    </p>
                  </>
                )}
              </TableCell>
              {criteria.map((criterion) => (
                <TableCell key={criterion.id} isCompact align="right" className="tabular-nums">
                  {formatScore(row.summary.criterionMeans[criterion.id] ?? null)}
                </TableCell>
              ))}
              <TableCell isCompact>
                <p className="whitespace-nowrap">
                  {row.summary.reviewCount} of {row.assignedCount - row.conflictedCount}
                </p>
                {row.conflictedCount > 0 ? (
                  <p className="text-xs text-ink-500">{row.conflictedCount} conflicted</p>
                ) : null}
                {outlierNames.length > 0 ? (
                  <div className="mt-1">
                    <Badge tone="warning">Outlier: {outlierNames.join(", ")}</Badge>
                  </div>
                ) : null}
                {row.flaggedConflicts.length > 0 ? (
                  <div className="mt-1">
                    <Badge tone="danger">Possible conflict</Badge>
                  </div>
                ) : null}
              </TableCell>
              <TableCell isCompact>
                {row.status === "IN_REVIEW" && row.summary.reviewCount > 0 ? (
                  <ShortlistButton
                    organisation={organisation}
                    applicationId={row.id}
                    reference={row.reference}
                  />
                ) : null}
                {row.status === "IN_REVIEW" || row.status === "SHORTLISTED" ? (
                  <div className="mt-2">
                    <DecisionForm
                      organisation={organisation}
                      applicationId={row.id}
                      reference={row.reference}
                      canAccept={row.status === "SHORTLISTED"}
                    />
                  </div>
                ) : null}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
