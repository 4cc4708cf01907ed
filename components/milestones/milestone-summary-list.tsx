import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";
import { getFormat } from "@/i18n/format";
import type { MilestoneFilters } from "@/lib/data/milestones/milestone-filters";
import type { MilestoneSummaryPage } from "@/lib/data/milestones/list-milestone-summaries";
import { milestonePlanPath } from "@/lib/domain/milestone-paths";
import { localName } from "./local-name";
import { MilestoneFiltersForm } from "./milestone-filters-form";
import { EnrolmentStatusBadge } from "./milestone-status-badge";

type SearchParams = Record<string, string | string[] | undefined>;

function Count({ value, tone }: { value: number; tone: "danger" | "warning" | "plain" }) {
  const className =
    value === 0
      ? "text-ink-400"
      : tone === "danger"
        ? "font-semibold text-red-700"
        : tone === "warning"
          ? "font-semibold text-amber-700"
          : "text-ink-800";
  return <span className={`tabular-nums ${className}`}>{value}</span>;
}

/**
 * The officer's (or mentor's) milestone overview: one row per start-up with its on-track,
 * due-soon, overdue and achieved counts, filters, a cursor pager and the CSV link. A table on
 * wide screens, stacked rows on phones (no sideways scrolling).
 */
export async function MilestoneSummaryList({
  organisationSlug,
  summary,
  filters,
  searchParams,
  locale,
  exportHref,
  isMentor,
}: {
  organisationSlug: string;
  summary: MilestoneSummaryPage;
  filters: MilestoneFilters;
  searchParams: SearchParams;
  locale: string;
  exportHref: string | null;
  isMentor: boolean;
}) {
  const [t, f] = await Promise.all([getTranslations("milestones"), getFormat()]);
  const basePath = `/${organisationSlug}/milestones`;
  const isFiltered = Object.keys(searchParams).some((name) => name !== "cursor");
  const nextDue = (date: Date | null) => (date ? f.date(date) : "—");
  return (
    <Card>
      <CardHeader
        title={t("summary.title")}
        description={isMentor ? t("summary.descriptionMentor") : t("summary.description")}
        action={
          exportHref ? (
            <ButtonLink href={exportHref} variant="secondary" size="sm" prefetch={false}>
              {t("summary.downloadCsv")}
            </ButtonLink>
          ) : null
        }
      />
      <MilestoneFiltersForm
        basePath={basePath}
        filters={filters}
        programmes={summary.programmes}
        locale={locale}
      />
      <p className="px-4 pt-3 text-sm text-ink-600 sm:px-5" aria-live="polite">
        {t("summary.matching", {
          startups: summary.totals.startups,
          milestones: summary.totals.milestones,
        })}
      </p>
      {summary.items.length === 0 ? (
        <div className="px-4 py-4 sm:px-5">
          <EmptyState
            title={isFiltered ? t("summary.emptyFilteredTitle") : t("summary.emptyTitle")}
          >
            {isFiltered
              ? t("summary.emptyFilteredBody")
              : isMentor
                ? t("summary.emptyMentorBody")
                : t("summary.emptyBody")}
          </EmptyState>
        </div>
      ) : (
        <>
          <div className="hidden md:block">
            <table className="mt-2 w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t("summary.caption")}</caption>
              <thead className="border-y border-ink-200 bg-ink-50 text-xs font-medium tracking-wide text-ink-500 uppercase">
                <tr>
                  <th scope="col" className="px-4 py-2.5 sm:pl-5">
                    {t("summary.startup")}
                  </th>
                  <th scope="col" className="px-2 py-2.5 text-right">
                    {t("summary.onTrack")}
                  </th>
                  <th scope="col" className="px-2 py-2.5 text-right">
                    {t("summary.dueSoon")}
                  </th>
                  <th scope="col" className="px-2 py-2.5 text-right">
                    {t("summary.overdue")}
                  </th>
                  <th scope="col" className="px-2 py-2.5 text-right">
                    {t("summary.awaiting")}
                  </th>
                  <th scope="col" className="px-2 py-2.5 text-right">
                    {t("summary.achieved")}
                  </th>
                  <th scope="col" className="px-4 py-2.5 sm:pr-5">
                    {t("summary.nextDue")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-ink-100">
                {summary.items.map((row) => (
                  <tr key={row.id} className="align-top hover:bg-ink-50/60">
                    <td className="px-4 py-3 sm:pl-5">
                      <Link
                        href={milestonePlanPath(organisationSlug, row.id)}
                        className="font-medium text-ink-900 hover:text-brand-700 hover:underline"
                      >
                        {localName(locale, row.startup.name, row.startup.nameZh)}
                      </Link>
                      <p className="mt-0.5 flex flex-wrap items-center gap-x-2 text-xs text-ink-500">
                        <span>{localName(locale, row.programme.name, row.programme.nameZh)}</span>
                        {row.status !== "ACTIVE" ? (
                          <EnrolmentStatusBadge status={row.status} />
                        ) : null}
                      </p>
                    </td>
                    <td className="px-2 py-3 text-right">
                      <Count value={row.counts.onTrack} tone="plain" />
                    </td>
                    <td className="px-2 py-3 text-right">
                      <Count value={row.counts.dueSoon} tone="warning" />
                    </td>
                    <td className="px-2 py-3 text-right">
                      <Count value={row.counts.overdue} tone="danger" />
                    </td>
                    <td className="px-2 py-3 text-right">
                      <Count value={row.counts.awaitingAssessment} tone="plain" />
                    </td>
                    <td className="px-2 py-3 text-right text-ink-700 tabular-nums">
                      {t("summary.achievedOf", {
                        achieved: row.counts.achieved,
                        total: row.counts.total,
                      })}
                    </td>
                    <td className="px-4 py-3 whitespace-nowrap text-ink-700 sm:pr-5">
                      {nextDue(row.counts.nextDueOn)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul className="mt-2 divide-y divide-ink-100 border-t border-ink-100 md:hidden">
            {summary.items.map((row) => (
              <li key={row.id} className="space-y-1.5 px-4 py-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <Link
                    href={milestonePlanPath(organisationSlug, row.id)}
                    className="min-w-0 font-medium text-ink-900 hover:text-brand-700 hover:underline"
                  >
                    {localName(locale, row.startup.name, row.startup.nameZh)}
                  </Link>
                  {row.status !== "ACTIVE" ? <EnrolmentStatusBadge status={row.status} /> : null}
                </div>
                <p className="text-xs text-ink-500">
                  {localName(locale, row.programme.name, row.programme.nameZh)}
                </p>
                <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
                  <div className="flex justify-between gap-2">
                    <dt className="text-ink-500">{t("summary.onTrack")}</dt>
                    <dd>
                      <Count value={row.counts.onTrack} tone="plain" />
                    </dd>
                  </div>
                  <div className="flex justify-between gap-2">
                    <dt className="text-ink-500">{t("summary.dueSoon")}</dt>
                    <dd>
                      <Count value={row.counts.dueSoon} tone="warning" />
                    </dd>
                  </div>
                  <div className="flex justify-between gap-2">
                    <dt className="text-ink-500">{t("summary.overdue")}</dt>
                    <dd>
                      <Count value={row.counts.overdue} tone="danger" />
                    </dd>
                  </div>
                  <div className="flex justify-between gap-2">
                    <dt className="text-ink-500">{t("summary.achieved")}</dt>
                    <dd className="tabular-nums">
                      {t("summary.achievedOf", {
                        achieved: row.counts.achieved,
                        total: row.counts.total,
                      })}
                    </dd>
                  </div>
                  <div className="col-span-2 flex justify-between gap-2">
                    <dt className="text-ink-500">{t("summary.nextDue")}</dt>
                    <dd>{nextDue(row.counts.nextDueOn)}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
      <CursorPager
        basePath={basePath}
        searchParams={searchParams}
        nextCursor={summary.nextCursor}
        label={t("summary.pages")}
      />
    </Card>
  );
}
