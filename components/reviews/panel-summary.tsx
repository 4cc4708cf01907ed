import { useLocale, useTranslations } from "next-intl";
import { formatScore } from "@/components/reviews/review-labels";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ReviewScreen } from "@/lib/data/reviews/get-review-screen";

/** After submitting: the reviewer's own scores beside the panel's means (no names). */
export function PanelSummary({
  criteria,
  ownReview,
  panel,
}: {
  criteria: { id: string; label: string; labelZh?: string | null }[];
  ownReview: NonNullable<ReviewScreen["ownReview"]>;
  panel: NonNullable<ReviewScreen["panel"]>;
}) {
  const t = useTranslations("reviewsClient.panel");
  const recommendationLabel = useTranslations("reviewsClient.recommendation");
  const isChinese = useLocale().startsWith("zh");
  const own = new Map(ownReview.scores.map((score) => [score.criterionId, score.score]));
  return (
    <Card>
      <CardHeader
        title={t("submitted")}
        description={t("yourRecommendation", {
          recommendation: ownReview.recommendation
            ? recommendationLabel(ownReview.recommendation)
            : "—",
        })}
      />
      <CardBody>
        <p className="text-sm text-ink-700">
          {t("panelSoFar", {
            count: panel.summary.reviewCount,
            mean: formatScore(panel.summary.weightedMean),
            spread: formatScore(panel.summary.standardDeviation),
          })}
        </p>
        <table className="mt-3 w-full text-sm">
          <thead className="text-left text-xs text-ink-500 uppercase">
            <tr>
              <th className="py-1 font-medium">{t("criterion")}</th>
              <th className="py-1 text-right font-medium">{t("you")}</th>
              <th className="py-1 text-right font-medium">{t("panelMean")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-ink-100">
            {criteria.map((criterion) => (
              <tr key={criterion.id}>
                <td className="py-1.5 text-ink-800">
                  {isChinese && criterion.labelZh ? criterion.labelZh : criterion.label}
                </td>
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
