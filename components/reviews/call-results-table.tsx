import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ApplicationStatusBadge } from "@/components/applications/application-status-badge";
import type { ReactNode } from "react";
import { DecisionForm } from "@/components/reviews/decision-form";
import { formatScore } from "@/components/reviews/review-labels";
import { ShortlistButton } from "@/components/reviews/shortlist-button";
import { Badge } from "@/components/ui/badge";
import type { CallResultRow } from "@/lib/data/reviews/get-call-results";

/** A header cell of the wide layout. */
function HeaderCell({ children, isNumeric = false }: { children: ReactNode; isNumeric?: boolean }) {
  return (
    <th
      scope="col"
      className={`px-2 py-2.5 align-bottom first:pl-5 last:pr-5 ${isNumeric ? "text-right" : "text-left"}`}
    >
      {children}
    </th>
  );
}

/**
 * A cell that is a table cell from tablet width and a labelled line of a card on a phone
 * (the label is only shown there; the wide layout has the column header).
 */
function Cell({
  label,
  children,
  isNumeric = false,
  className = "",
}: {
  label?: string;
  children: ReactNode;
  isNumeric?: boolean;
  className?: string;
}) {
  return (
    <td
      className={`flex items-baseline justify-between gap-3 px-4 py-1 text-ink-700 md:table-cell md:px-2 md:py-3 md:first:pl-5 md:last:pr-5 ${isNumeric ? "tabular-nums md:text-right" : ""} ${className}`}
    >
      {label ? <span className="text-xs text-ink-500 md:hidden">{label}</span> : null}
      <div className={isNumeric ? "text-right" : "min-w-0"}>{children}</div>
    </td>
  );
}

/**
 * The call's applications ranked by weighted mean, with spread, criteria and the officer's
 * controls. From tablet width a table; on a phone each application is a card (rank, mean and
 * spread on top, the criteria as a compact list, then the next step), so nothing scrolls
 * sideways.
 */
export function CallResultsTable({
  organisation,
  criteria,
  rows,
}: {
  organisation: string;
  criteria: { id: string; label: string; labelZh?: string | null; weight: string }[];
  rows: CallResultRow[];
}) {
  const t = useTranslations("reviewsClient.results");
  const isChinese = useLocale().startsWith("zh");
  const criterionLabel = (criterion: { label: string; labelZh?: string | null }) =>
    isChinese && criterion.labelZh ? criterion.labelZh : criterion.label;
  return (
    <table className="block w-full border-collapse text-left text-sm md:table">
      <caption className="sr-only">{t("caption")}</caption>
      <thead className="hidden border-b border-ink-200 bg-ink-50 text-xs font-medium tracking-wide text-ink-500 uppercase md:table-header-group">
        <tr>
          <HeaderCell>{t("rank")}</HeaderCell>
          <HeaderCell>
            <span className="inline-block min-w-48">{t("application")}</span>
          </HeaderCell>
          <HeaderCell isNumeric>{t("mean")}</HeaderCell>
          <HeaderCell isNumeric>{t("spread")}</HeaderCell>
          {criteria.map((criterion) => (
            <HeaderCell key={criterion.id} isNumeric>
              {criterionLabel(criterion)}
            </HeaderCell>
          ))}
          <HeaderCell>{t("reviews")}</HeaderCell>
          <HeaderCell>{t("nextStep")}</HeaderCell>
        </tr>
      </thead>
      <tbody className="block divide-y divide-ink-100 md:table-row-group">
        {rows.map((row) => {
          const outliers = row.summary.reviews.filter((review) => review.isOutlier);
          const outlierNames = row.reviews
            .filter((review) => outliers.some((outlier) => outlier.reviewId === review.id))
            .map((review) => review.reviewerName);
          const canShortlist = row.status === "IN_REVIEW" && row.summary.reviewCount > 0;
          const canDecide = row.status === "IN_REVIEW" || row.status === "SHORTLISTED";
          return (
            <tr
              key={row.id}
              className="block py-2 align-top md:table-row md:py-0 md:hover:bg-ink-50/60"
            >
              <Cell className="hidden font-semibold tabular-nums md:table-cell">
                {row.rank ?? "—"}
              </Cell>
              <td className="block px-4 pt-1 pb-2 md:table-cell md:px-2 md:py-3 md:first:pl-5">
                <p className="font-medium text-ink-900">
                  <span className="mr-1.5 text-ink-500 tabular-nums md:hidden">
                    {row.rank ? `#${row.rank}` : "—"}
                  </span>
                  {/* Relative to …/calls/<callId>/results: the officer's page for the application. */}
                  <Link
                    href={`applications/${row.id}`}
                    className="hover:text-brand-700 hover:underline"
                  >
                    {row.projectTitle}
                  </Link>
                </p>
                <p className="text-xs text-ink-500">
                  {row.reference} ·{" "}
                  {isChinese && row.startupNameZh ? row.startupNameZh : row.startupName}
                </p>
                <div className="mt-1">
                  <ApplicationStatusBadge status={row.status} />
                </div>
                {criteria.length > 0 ? (
                  <dl className="mt-2 grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 gap-y-0.5 rounded-md bg-ink-50 px-3 py-2 text-xs md:hidden">
                    {criteria.map((criterion) => (
                      <div key={criterion.id} className="contents">
                        <dt className="truncate text-ink-500">{criterionLabel(criterion)}</dt>
                        <dd className="text-right text-ink-800 tabular-nums">
                          {formatScore(row.summary.criterionMeans[criterion.id] ?? null)}
                        </dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
              </td>
              <Cell label={t("weightedMean")} isNumeric className="font-semibold text-ink-900">
                {formatScore(row.summary.weightedMean)}
              </Cell>
              <Cell label={t("spread")} isNumeric>
                {row.summary.standardDeviation === null ? (
                  "—"
                ) : (
                  <>
                    ±{formatScore(row.summary.standardDeviation)}
                    <span className="ml-1 text-xs whitespace-nowrap text-ink-500 md:ml-0 md:block">
                      {formatScore(row.summary.min)}–{formatScore(row.summary.max)}
                    </span>
                  </>
                )}
              </Cell>
              {criteria.map((criterion) => (
                <Cell key={criterion.id} isNumeric className="hidden md:table-cell">
                  {formatScore(row.summary.criterionMeans[criterion.id] ?? null)}
                </Cell>
              ))}
              <Cell label={t("reviews")}>
                <p className="whitespace-nowrap">
                  {t("reviewsOf", {
                    done: row.summary.reviewCount,
                    expected: row.assignedCount - row.conflictedCount,
                  })}
                  {row.conflictedCount > 0 ? (
                    <span className="ml-1 text-xs text-ink-500 md:ml-0 md:block">
                      {t("conflicted", { count: row.conflictedCount })}
                    </span>
                  ) : null}
                </p>
                {outlierNames.length > 0 || row.flaggedConflicts.length > 0 ? (
                  <div className="mt-1 flex flex-wrap justify-end gap-1 md:justify-start">
                    {outlierNames.length > 0 ? (
                      <Badge tone="warning">
                        {t("outlier", { names: outlierNames.join(", ") })}
                      </Badge>
                    ) : null}
                    {row.flaggedConflicts.length > 0 ? (
                      <Badge tone="danger">{t("possibleConflict")}</Badge>
                    ) : null}
                  </div>
                ) : null}
              </Cell>
              {canShortlist || canDecide ? (
                <td className="block px-4 pt-2 pb-1 md:table-cell md:px-2 md:py-3 md:last:pr-5">
                  {canShortlist ? (
                    <ShortlistButton
                      organisation={organisation}
                      applicationId={row.id}
                      reference={row.reference}
                    />
                  ) : null}
                  {canDecide ? (
                    <div className={canShortlist ? "mt-2" : undefined}>
                      <DecisionForm
                        organisation={organisation}
                        applicationId={row.id}
                        reference={row.reference}
                        canAccept={row.status === "SHORTLISTED"}
                      />
                    </div>
                  ) : null}
                </td>
              ) : (
                <td className="hidden md:table-cell" />
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
