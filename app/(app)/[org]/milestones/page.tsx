import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AssessmentQueueCard } from "@/components/milestones/assessment-queue-card";
import { MilestoneOverviewView } from "@/components/milestones/milestone-overview";
import { MilestoneSummaryList } from "@/components/milestones/milestone-summary-list";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { getFormat } from "@/i18n/format";
import { requireMembership } from "@/lib/auth/session";
import { listAssessmentQueue } from "@/lib/data/milestones/list-assessment-queue";
import { listMilestonePlans } from "@/lib/data/milestones/list-milestone-plans";
import { listMilestoneSummaries } from "@/lib/data/milestones/list-milestone-summaries";
import { readMilestoneFilters } from "@/lib/data/milestones/milestone-filters";
import { milestoneReachOf } from "@/lib/data/milestones/milestone-reach";
import { pageHref, readCursorParam } from "@/lib/pagination/cursor";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("milestones");
  return { title: t("title") };
}

/** Milestones home for the start-up, the programme officer and mentors (others: 404). */
export default async function MilestonesPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { org } = await params;
  const query = await searchParams;
  const { user, membership } = await requireMembership(org);
  const reach = milestoneReachOf(membership, user.id);
  const [t, f, locale] = await Promise.all([
    getTranslations("milestones"),
    getFormat(),
    getLocale(),
  ]);
  const now = new Date();
  const header = <PageHeader title={t("title")} description={t(`description.${reach.side}`)} />;
  if (reach.side === "STARTUP") {
    const overview = await listMilestonePlans(reach, now);
    return (
      <div className="space-y-6">
        {header}
        <MilestoneOverviewView
          organisationSlug={org}
          overview={overview}
          locale={locale}
          now={now}
        />
      </div>
    );
  }
  const filters = readMilestoneFilters(query);
  const [queue, summary] = await Promise.all([
    listAssessmentQueue(reach),
    listMilestoneSummaries(reach, filters, readCursorParam(query), now),
  ]);
  const basePath = `/${org}/milestones`;
  const isMentor = reach.side === "MENTOR";
  return (
    <div className="space-y-6">
      {header}
      <StatGrid>
        <Stat label={t("stats.startups")} value={f.number(summary.totals.startups)} />
        <Stat
          label={t("stats.overdue")}
          value={f.number(summary.totals.overdue)}
          tone={summary.totals.overdue > 0 ? "danger" : "neutral"}
          hint={
            summary.totals.overdue > 0 && !filters.isOverdueOnly ? (
              <a
                className="text-brand-700 hover:underline"
                href={pageHref(basePath, { ...query, overdue: "1" }, null)}
              >
                {t("stats.showOverdue")}
              </a>
            ) : undefined
          }
        />
        <Stat
          label={t("stats.dueSoon")}
          value={f.number(summary.totals.dueSoon)}
          tone={summary.totals.dueSoon > 0 ? "warning" : "neutral"}
        />
        <Stat
          label={t("stats.achieved")}
          value={t("stats.achievedOf", {
            achieved: f.number(summary.totals.achieved),
            total: f.number(summary.totals.milestones),
          })}
          tone="brand"
        />
      </StatGrid>
      <AssessmentQueueCard
        organisationSlug={org}
        queue={queue}
        isMentor={isMentor}
        locale={locale}
      />
      <MilestoneSummaryList
        organisationSlug={org}
        summary={summary}
        filters={filters}
        searchParams={query}
        locale={locale}
        isMentor={isMentor}
        exportHref={
          reach.side === "OFFICER" ? pageHref(`/api/${org}/milestones/export`, query, null) : null
        }
      />
    </div>
  );
}
