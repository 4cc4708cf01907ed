import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptedUnenrolledList } from "@/components/cohort/accepted-unenrolled-list";
import { CohortFiltersForm } from "@/components/cohort/cohort-filters-form";
import { CohortTable } from "@/components/cohort/cohort-table";
import { buttonClassName } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { getFormat } from "@/i18n/format";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import {
  cohortFilterQuery,
  COHORT_STATUS_TABS,
  parseCohortFilters,
} from "@/lib/data/cohort/cohort-filters";
import { listAcceptedUnenrolled } from "@/lib/data/cohort/list-accepted-unenrolled";
import {
  getCohortMentorOption,
  getCohortStats,
  listCohort,
  listCohortProgrammes,
} from "@/lib/data/cohort/list-cohort";
import { hongKongToday } from "@/lib/domain/dates";
import { readCursorParam } from "@/lib/pagination/cursor";
import { readAsTenant } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cohort");
  return { title: t("list.title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The officer's cohort: who is enrolled, who mentors them, when they last met, what is next. */
export default async function CohortPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { org } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "enrolment.manage");
  const query = await searchParams;
  const filters = parseCohortFilters(query);
  const now = new Date();
  const base = `/${organisation.slug}/cohort`;
  const [t, f, page, stats, waiting, programmes, mentor] = await readAsTenant(() =>
    Promise.all([
      getTranslations("cohort"),
      getFormat(),
      listCohort(organisation.id, filters, { cursor: readCursorParam(query), now }),
      getCohortStats(organisation.id, now),
      listAcceptedUnenrolled(organisation.id),
      listCohortProgrammes(organisation.id),
      filters.mentor && filters.mentor !== "none"
        ? getCohortMentorOption(organisation.id, filters.mentor)
        : Promise.resolve(null),
    ]),
  );
  const common = await getTranslations("common");
  const filterQuery = cohortFilterQuery(filters);
  const isFiltered = Boolean(filters.programmeId || filters.mentor || filters.search);
  const tabHref = (status: (typeof COHORT_STATUS_TABS)[number]) => {
    const next = new URLSearchParams(cohortFilterQuery({ ...filters, status }));
    const search = next.toString();
    return search ? `${base}?${search}` : base;
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PageHeader title={t("list.title")} description={t("list.description")} />
        <Link
          href={`${base}/mentors`}
          className="text-sm font-medium text-brand-700 hover:underline"
        >
          {t("list.mentorPoolLink")}
        </Link>
      </div>
      <StatGrid>
        <Stat label={t("stats.active")} value={f.number(stats.active)} tone="brand" />
        <Stat
          label={t("stats.withoutMentor")}
          value={
            stats.withoutMentor > 0 ? (
              <Link href={`${base}?mentor=none`} className="hover:underline">
                {f.number(stats.withoutMentor)}
              </Link>
            ) : (
              f.number(0)
            )
          }
          tone={stats.withoutMentor > 0 ? "warning" : "neutral"}
        />
        <Stat
          label={t("stats.quiet")}
          value={f.number(stats.quiet)}
          tone={stats.quiet > 0 ? "warning" : "neutral"}
        />
        <Stat
          label={t("stats.waiting")}
          value={f.number(stats.waiting)}
          tone={stats.waiting > 0 ? "warning" : "neutral"}
        />
      </StatGrid>

      {waiting.length > 0 ? (
        <Card>
          <CardHeader
            title={t("waiting.title")}
            description={
              stats.waiting > waiting.length
                ? t("waiting.descriptionMore", { shown: waiting.length, total: stats.waiting })
                : t("waiting.description")
            }
          />
          <AcceptedUnenrolledList organisation={organisation.slug} applications={waiting} />
        </Card>
      ) : null}

      <Card>
        <CardHeader
          title={t("list.enrolments")}
          description={t("list.matching", { count: page.total })}
          action={
            <div className="flex flex-wrap items-center gap-2">
              <nav aria-label={t("list.statusFilter")} className="flex flex-wrap gap-1">
                {COHORT_STATUS_TABS.map((status) => (
                  <Link
                    key={status}
                    href={tabHref(status)}
                    aria-current={status === filters.status ? "page" : undefined}
                    className="rounded-md px-2.5 py-1 text-sm text-ink-600 hover:bg-ink-100 aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium aria-[current=page]:text-brand-800"
                  >
                    {t(`tabs.${status}`)}
                  </Link>
                ))}
              </nav>
              <a
                href={`/api/${organisation.slug}/cohort/export${filterQuery ? `?${filterQuery}` : ""}`}
                className={buttonClassName({ variant: "secondary", size: "sm" })}
                download
              >
                {common("exportCsv")}
              </a>
            </div>
          }
        />
        <CohortFiltersForm
          action={base}
          filters={filters}
          programmes={programmes}
          mentor={mentor?.user ?? null}
        />
        {page.items.length === 0 ? (
          <CardBody>
            {isFiltered ? (
              <EmptyState
                title={t("empty.filteredTitle")}
                action={
                  <Link
                    href={tabHref(filters.status)}
                    className="text-sm text-brand-700 hover:underline"
                  >
                    {common("clearFilters")}
                  </Link>
                }
              >
                {t("empty.filteredBody")}
              </EmptyState>
            ) : (
              <EmptyState title={t(`empty.title.${filters.status}`)}>
                {filters.status === "ACTIVE" ? t("empty.activeBody") : t("empty.otherBody")}
              </EmptyState>
            )}
          </CardBody>
        ) : (
          <CohortTable
            organisation={organisation.slug}
            rows={page.items}
            now={now}
            today={hongKongToday(now)}
          />
        )}
        <CursorPager
          basePath={base}
          searchParams={query}
          nextCursor={page.nextCursor}
          label={t("list.pages")}
        />
      </Card>
    </div>
  );
}
