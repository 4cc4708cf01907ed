import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { inputClassName } from "@/components/members/input-class-name";
import { localName } from "@/components/milestones/local-name";
import { MilestoneDue } from "@/components/milestones/milestone-due";
import {
  EnrolmentStatusBadge,
  MilestoneStatusBadge,
} from "@/components/milestones/milestone-status-badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { ProgressBar } from "@/components/ui/progress-bar";
import { getFormat } from "@/i18n/format";
import type {
  PartnerCohort,
  PartnerCohortEntry,
  PartnerCohortFilters,
} from "@/lib/data/partner/list-partner-cohort";
import { partnerStartupPath } from "@/lib/domain/milestone-paths";
import { EnrolmentStatus } from "@/lib/generated/prisma/enums";
import { pageHref } from "@/lib/pagination/cursor";
import { SharedCategories } from "./shared-categories";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The partner's co-incubation cohort, a page at a time: each start-up with its programme, what
 * it shares with this partner and, only where milestones are shared, its progress. Filters are
 * a GET form; the pager and the CSV link keep them.
 */
export async function PartnerCohortView({
  partnerSlug,
  cohort,
  filters,
  searchParams,
  locale,
  now,
}: {
  partnerSlug: string;
  cohort: PartnerCohort;
  filters: PartnerCohortFilters;
  searchParams: SearchParams;
  locale: string;
  now: Date;
}) {
  const [t, f] = await Promise.all([getTranslations("partnerCohort"), getFormat()]);
  if (cohort.programmes.length === 0) {
    return <EmptyState title={t("noProgrammeTitle")}>{t("noProgrammeBody")}</EmptyState>;
  }
  const basePath = `/${partnerSlug}/partner-cohort`;
  const isFiltered = Object.keys(searchParams).some((name) => name !== "cursor");
  const labelClassName = "block text-xs font-medium text-ink-700";
  return (
    <Card>
      <CardHeader
        title={t("listTitle")}
        description={t("matching", { count: cohort.total })}
        action={
          <ButtonLink
            href={pageHref(`/api/${partnerSlug}/partner-cohort/export`, searchParams, null)}
            variant="secondary"
            size="sm"
            prefetch={false}
          >
            {t("downloadCsv")}
          </ButtonLink>
        }
      />
      <form
        method="get"
        action={basePath}
        aria-label={t("filters.label")}
        className="grid gap-3 border-b border-ink-100 px-4 py-3 sm:grid-cols-2 sm:px-5 lg:grid-cols-4"
      >
        <div className="sm:col-span-2">
          <label htmlFor="cohort-q" className={labelClassName}>
            {t("filters.search")}
          </label>
          <input
            id="cohort-q"
            name="q"
            type="search"
            defaultValue={filters.search ?? ""}
            placeholder={t("filters.searchPlaceholder")}
            className={`mt-1 ${inputClassName}`}
          />
        </div>
        <div>
          <label htmlFor="cohort-programme" className={labelClassName}>
            {t("filters.programme")}
          </label>
          <select
            id="cohort-programme"
            name="programme"
            defaultValue={filters.programmeId ?? ""}
            className={`mt-1 ${inputClassName}`}
          >
            <option value="">{t("filters.allProgrammes")}</option>
            {cohort.programmes.map((programme) => (
              <option key={programme.id} value={programme.id}>
                {localName(locale, programme.name, programme.nameZh)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="cohort-status" className={labelClassName}>
            {t("filters.status")}
          </label>
          <select
            id="cohort-status"
            name="status"
            defaultValue={filters.status ?? ""}
            className={`mt-1 ${inputClassName}`}
          >
            <option value="">{t("filters.anyStatus")}</option>
            {Object.values(EnrolmentStatus).map((status) => (
              <option key={status} value={status}>
                {t(`enrolmentStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex justify-end gap-2 sm:col-span-2 lg:col-span-4">
          <ButtonLink href={basePath} variant="ghost" size="sm">
            {t("filters.clear")}
          </ButtonLink>
          <Button type="submit" size="sm">
            {t("filters.apply")}
          </Button>
        </div>
      </form>
      {cohort.items.length === 0 ? (
        <div className="px-4 py-4 sm:px-5">
          <EmptyState title={isFiltered ? t("emptyFilteredTitle") : t("emptyTitle")}>
            {isFiltered ? t("emptyFilteredBody") : t("emptyBody")}
          </EmptyState>
        </div>
      ) : (
        <ul className="divide-y divide-ink-100">
          {cohort.items.map((entry) => (
            <CohortRow
              key={entry.enrolmentId}
              entry={entry}
              partnerSlug={partnerSlug}
              locale={locale}
              now={now}
              since={f.date(entry.startsOn)}
            />
          ))}
        </ul>
      )}
      <CursorPager
        basePath={basePath}
        searchParams={searchParams}
        nextCursor={cohort.nextCursor}
        label={t("pages")}
      />
    </Card>
  );
}

async function CohortRow({
  entry,
  partnerSlug,
  locale,
  now,
  since,
}: {
  entry: PartnerCohortEntry;
  partnerSlug: string;
  locale: string;
  now: Date;
  since: string;
}) {
  const t = await getTranslations("partnerCohort");
  const progress = entry.milestones;
  return (
    <li className="grid gap-3 px-4 py-4 sm:px-5 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <Link
            href={partnerStartupPath(partnerSlug, entry.startupId)}
            className="font-medium text-ink-900 hover:text-brand-700 hover:underline"
          >
            {entry.startup.name}
          </Link>
          {entry.status !== "ACTIVE" ? <EnrolmentStatusBadge status={entry.status} /> : null}
        </div>
        {entry.startup.nameZh ? (
          <p className="text-xs text-ink-500" lang="zh-HK">
            {entry.startup.nameZh}
          </p>
        ) : null}
        <p className="text-xs text-ink-500">
          {localName(locale, entry.programme.name, entry.programme.nameZh)} ·{" "}
          {localName(locale, entry.programme.operator, entry.programme.operatorZh)}
        </p>
        <p className="text-xs text-ink-500">
          {[entry.startup.leadAsset, entry.startup.pipelineStage].filter(Boolean).join(" · ") ||
            t("noPipeline")}
          {" · "}
          {t("since", { date: since })}
        </p>
        <SharedCategories shared={entry.shared} />
      </div>
      <div className="min-w-0">
        {!progress ? (
          <p className="text-sm text-ink-500">{t("milestonesNotShared")}</p>
        ) : progress.summary.total === 0 ? (
          <p className="text-sm text-ink-500">{t("sharedNonePlanned")}</p>
        ) : (
          <div className="space-y-2">
            <div className="flex items-center justify-between gap-3 text-xs text-ink-600">
              <span>
                {t("achievedOf", {
                  achieved: progress.summary.achieved,
                  total: progress.summary.total,
                })}
              </span>
              {progress.summary.overdue > 0 ? (
                <span className="font-medium text-red-700">
                  {t("overdue", { count: progress.summary.overdue })}
                </span>
              ) : null}
            </div>
            <ProgressBar
              label={t("progressLabel", { name: entry.startup.name })}
              value={progress.summary.achieved}
              max={progress.summary.total}
            />
            {progress.next ? (
              <p className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-xs text-ink-600">
                <span>{t("next")}</span>
                <span className="font-medium text-ink-800">{progress.next.title}</span>
                <MilestoneDue dueOn={progress.next.dueOn} status={progress.next.status} now={now} />
                <MilestoneStatusBadge status={progress.next.status} />
              </p>
            ) : (
              <p className="text-xs font-medium text-emerald-700">{t("nothingOpen")}</p>
            )}
          </div>
        )}
      </div>
    </li>
  );
}
