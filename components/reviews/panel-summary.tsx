import { formatScore, recommendationLabels } from "@/components/reviews/review-labels";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ReviewScreen } from "@/lib/data/reviews/get-review-screen";

/** After submitting: the reviewer's own scores beside the panel's means (no names). */
export function PanelSummary({
  criteria,
  ownReview,
  panel,
}: {
  criteria: { id: string; label: string }[];
  ownReview: NonNullable<ReviewScreen["ownReview"]>;
  panel: NonNullable<ReviewScreen["panel"]>;
}) {
  const own = new Map(ownReview.scores.map((score) => [score.criterionId, score.score]));
  return (
    <Card>
      <CardHeader
        title="Submitted"
        description={`Your recommendation: ${ownReview.recommendation ? recommendationLabels[ownReview.recommendation] : "—"}`}
      />
      <CardBody>
        <p className="text-sm text-ink-700">
          Panel so far: {panel.summary.reviewCount} submitted review
          {panel.summary.reviewCount === 1 ? "" : "s"}, weighted mean{" "}
          <strong>{formatScore(panel.summary.weightedMean)}</strong> (spread ±
          {formatScore(panel.summary.standardDeviation)}).
        </p>
        <table className="mt-3 w-full text-sm">
          <thead className="text-left text-xs text-ink-500 uppercase">
            <tr>
              <th className="py-1 font-medium">Criterion</th>
              <th className="py-1 text-right font-medium">You</th>
              <th className="py-1 text-right font-medium">Panel mean</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-ink-100">
            {criteria.map((criterion) => (
              <tr key={criterion.id}>
                <td className="py-1.5 text-ink-800">{criterion.label}</td>
                <td className="py-1.5 text-right tabular-nums">{own.get(criterion.id) ?? "—"}</td>
                <td className="py-1.5 text-right tabular-nums">
                  {formatScore(panel.summary.criterionMeans[criterion.id] ?? null)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </CardBody>
    </Card>
  );
}
