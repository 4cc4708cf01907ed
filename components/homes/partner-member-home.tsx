import Link from "next/link";
import { getTranslations } from "next-intl/server";
import {
  type PartnerCohortStartup,
  type PartnerMemberHomeData,
  UPCOMING_MILESTONE_DAYS,
} from "@/lib/data/homes/partner-member-home";
import { LineChart } from "@/components/charts/line-chart";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Stat, StatGrid } from "@/components/ui/stat";
import { statusStyles } from "@/components/ui/status-badge";
import { getFormat } from "@/i18n/format";
import { FORMAT_LOCALE } from "@/i18n/locales";
import { partnerStartupPath } from "@/lib/domain/milestone-paths";
import type { MilestoneStatus } from "@/lib/generated/prisma/enums";

const linkClassName =
  "font-medium text-brand-700 hover:text-brand-800 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600";

/** The partner's home: cohort head counts, milestone progress over time, what is coming, what changed. */
export async function PartnerMemberHome({
  organisationSlug,
  data,
}: {
  organisationSlug: string;
  data: PartnerMemberHomeData;
}) {
  const t = await getTranslations("partnerHome");
  const f = await getFormat();
  const isZh = f.locale !== "en";
  const nameOf = (name: string, nameZh: string | null) => (isZh && nameZh ? nameZh : name);
  const monthFormat = new Intl.DateTimeFormat(FORMAT_LOCALE[f.locale], {
    // Short enough for twelve labels on a phone: "Nov 26", "26年11月".
    year: "2-digit",
    month: "short",
    timeZone: "UTC",
  });
  const monthLabel = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));
  const cohortPath = `/${organisationSlug}/partner-cohort`;
  const totals = data.totals;
  const achieved = data.progress.reduce((sum, month) => sum + month.achieved, 0);
  const due = data.progress.reduce((sum, month) => sum + month.due, 0);
  const statusLabel = (status: MilestoneStatus) => t(`milestoneStatus.${status}`);

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={
          <>
            {t("description")}{" "}
            {data.programmes.length > 0 ? (
              <Link href={cohortPath} className={linkClassName}>
                {t("openCohort")}
              </Link>
            ) : null}
          </>
        }
      />
      {data.programmes.length === 0 ? (
        <EmptyState title={t("notLinkedTitle")}>{t("notLinkedBody")}</EmptyState>
      ) : (
        <>
          <StatGrid>
            <Stat label={t("statActive")} value={f.number(totals.activeStartups)} tone="brand" />
            <Stat
              label={t("statSharing")}
              value={f.number(totals.sharingStartups)}
              hint={t("statSharingHint", { total: f.number(totals.activeStartups) })}
            />
            <Stat
              label={t("statOpen")}
              value={f.number(totals.openMilestones)}
              tone={totals.overdueMilestones > 0 ? "warning" : "neutral"}
              hint={t("statOverdueHint", { count: totals.overdueMilestones })}
            />
            <Stat label={t("statAchieved")} value={f.number(totals.achievedLastYear)} />
          </StatGrid>

          <Card>
            <CardHeader title={t("progressTitle")} />
            <CardBody>
              {totals.sharingStartups === 0 && achieved === 0 && due === 0 ? (
                <EmptyState title={t("chartNothingShared")} />
              ) : (
                <LineChart
                  title={t("chartTitle")}
                  summary={t("chartSummary", { achieved, due })}
                  xHeader={t("chartMonth")}
                  xLabels={data.progress.map((month) => monthLabel(month.month))}
                  series={[
                    // Achieved is drawn last, on top: where it equals what fell due, it hides it.
                    {
                      name: t("seriesDue"),
                      values: data.progress.map((month) => month.due),
                      tone: "warn",
                    },
                    {
                      name: t("seriesAchieved"),
                      values: data.progress.map((month) => month.achieved),
                      tone: "ok",
                    },
                  ]}
                />
              )}
            </CardBody>
          </Card>

          <div className="grid gap-6 lg:grid-cols-2">
            <Card>
              <CardHeader
                title={t("upcomingTitle")}
                description={t("upcomingDescription", { days: UPCOMING_MILESTONE_DAYS })}
                action={
                  data.upcomingTotal > data.upcoming.length ? (
                    <span className="text-ink-500">
                      {t("upcomingMore", {
                        shown: data.upcoming.length,
                        total: f.number(data.upcomingTotal),
                      })}
                    </span>
                  ) : undefined
                }
              />
              <CardBody>
                {data.upcoming.length === 0 ? (
                  <EmptyState title={t("upcomingEmptyTitle", { days: UPCOMING_MILESTONE_DAYS })}>
                    {t("upcomingEmptyBody")}
                  </EmptyState>
                ) : (
                  <ul className="divide-y divide-ink-100">
                    {data.upcoming.map((milestone) => (
                      <li
                        key={milestone.id}
                        className="flex items-start justify-between gap-3 py-2.5 first:pt-0 last:pb-0"
                      >
                        <div className="min-w-0">
                          <p className="text-sm font-medium [overflow-wrap:anywhere] text-ink-900">
                            {milestone.title}
                          </p>
                          <p className="text-xs text-ink-500">
                            <Link
                              href={partnerStartupPath(organisationSlug, milestone.startupId)}
                              className={linkClassName}
                            >
                              {nameOf(milestone.startupName, milestone.startupNameZh)}
                            </Link>{" "}
                            · {t("dueOn", { date: f.date(milestone.dueOn) })}
                          </p>
                        </div>
                        <Badge tone={statusStyles.milestone[milestone.status].tone}>
                          {statusLabel(milestone.status)}
                        </Badge>
                      </li>
                    ))}
                  </ul>
                )}
              </CardBody>
            </Card>

            <Card>
              <CardHeader title={t("updatesTitle")} description={t("updatesDescription")} />
              <CardBody>
                {data.updates.length === 0 ? (
                  <EmptyState title={t("updatesEmptyTitle")}>{t("updatesEmptyBody")}</EmptyState>
                ) : (
                  <ol className="divide-y divide-ink-100">
                    {data.updates.map((update) => (
                      <li
                        key={`${update.kind}:${update.id}`}
                        className="py-2.5 first:pt-0 last:pb-0"
                      >
                        <p className="text-sm [overflow-wrap:anywhere] text-ink-900">
                          {update.kind === "COACHING_SUMMARY"
                            ? t("updateCoaching")
                            : t(
                                update.kind === "MILESTONE_ACHIEVED"
                                  ? "updateAchieved"
                                  : "updateSubmitted",
                                { title: update.title ?? "" },
                              )}
                        </p>
                        <p className="text-xs text-ink-500">
                          <Link
                            href={partnerStartupPath(organisationSlug, update.startupId)}
                            className={linkClassName}
                          >
                            {nameOf(update.startupName, update.startupNameZh)}
                          </Link>{" "}
                          · <time dateTime={update.at.toISOString()}>{f.date(update.at)}</time>
                        </p>
                      </li>
                    ))}
                  </ol>
                )}
              </CardBody>
            </Card>
          </div>

          <Card>
            <CardHeader
              title={t("startupsTitle")}
              description={t("startupsDescription", {
                shown: data.startups.length,
                total: f.number(totals.activeStartups),
              })}
              action={
                <Link href={cohortPath} className={linkClassName}>
                  {t("startupsSeeAll", { total: f.number(totals.activeStartups) })}
                </Link>
              }
            />
            {data.startups.length === 0 ? (
              <CardBody>
                <EmptyState title={t("startupsEmptyTitle")}>{t("startupsEmptyBody")}</EmptyState>
              </CardBody>
            ) : (
              <ul className="divide-y divide-ink-100" aria-label={t("startupsCaption")}>
                {data.startups.map((entry) => (
                  <li
                    key={entry.enrolmentId}
                    className="grid gap-3 px-4 py-3 sm:px-5 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_minmax(0,1.2fr)]"
                  >
                    <div className="min-w-0">
                      <Link
                        href={partnerStartupPath(organisationSlug, entry.startupId)}
                        className={linkClassName}
                      >
                        {nameOf(entry.name, entry.nameZh)}
                      </Link>
                      <span className="block text-xs text-ink-500">
                        {nameOf(entry.programmeName, entry.programmeNameZh)} ·{" "}
                        {t("since", { date: f.date(entry.startsOn) })}
                      </span>
                    </div>
                    <div className="min-w-0 text-sm text-ink-700">
                      <span className="sr-only">{t("colLeadAsset")}: </span>
                      {entry.leadAsset ?? "—"}
                      {entry.pipelineStage ? (
                        <span className="block text-xs text-ink-500">{entry.pipelineStage}</span>
                      ) : null}
                    </div>
                    <MilestoneProgress entry={entry} />
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <Card>
            <CardHeader title={t("programmesTitle")} />
            <ul className="divide-y divide-ink-100">
              {data.programmes.map((programme) => (
                <li key={programme.id} className="px-4 py-2.5 sm:px-5">
                  <p className="text-sm font-medium text-ink-900">
                    {nameOf(programme.name, programme.nameZh)}{" "}
                    <Badge tone="brand">{t(`kind.${programme.kind}`)}</Badge>
                  </p>
                  <p className="text-xs text-ink-500">
                    {t("programmeLine", {
                      operator: programme.operatorName,
                      active: programme.activeStartups,
                      sharing: f.number(programme.sharingStartups),
                    })}
                  </p>
                </li>
              ))}
            </ul>
          </Card>
        </>
      )}
    </div>
  );
}

async function MilestoneProgress({ entry }: { entry: PartnerCohortStartup }) {
  const t = await getTranslations("partnerHome");
  const progress = entry.milestoneProgress;
  if (!progress) {
    return (
      <div>
        <Badge tone="muted">{t("notShared")}</Badge>
        <p className="mt-1 text-xs text-ink-500">{t("notSharedBody")}</p>
      </div>
    );
  }
  if (progress.total === 0) return <p className="text-sm text-ink-500">{t("noMilestones")}</p>;
  return (
    <div className="space-y-1.5">
      <p className="flex items-center justify-between gap-3 text-xs text-ink-600">
        <span>{t("achievedOf", { achieved: progress.achieved, total: progress.total })}</span>
        {progress.overdue > 0 ? (
          <span className="font-medium text-red-700">
            {t("overdue", { count: progress.overdue })}
          </span>
        ) : null}
      </p>
      <ProgressBar
        label={t("progressLabel", { name: entry.name })}
        value={progress.achieved}
        max={progress.total}
      />
    </div>
  );
}
