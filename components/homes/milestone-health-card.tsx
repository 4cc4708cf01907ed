import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BarChart, type BarDatum } from "@/components/charts/bar-chart";
import { localName } from "@/components/homes/officer-local-name";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { statusStyles } from "@/components/ui/status-badge";
import { getFormat } from "@/i18n/format";
import type { MilestoneHealth } from "@/lib/data/homes/officer-cohort-health";
import type { ProgrammeOfficerHomeData } from "@/lib/data/homes/programme-officer-home";

/** The health figures as a chart (on track, due soon, overdue): the home and the report. */
export async function MilestoneHealthChart({ health }: { health: MilestoneHealth }) {
  const t = await getTranslations("officerHome");
  const f = await getFormat();
  return (
    <BarChart
      title={t("milestones.chartTitle")}
      summary={t("milestones.chartSummary", {
        onTrack: f.number(health.onTrack),
        dueSoon: f.number(health.dueSoon),
        overdue: f.number(health.overdue),
        days: health.dueSoonDays,
      })}
      labelHeader={t("milestones.health")}
      valueHeader={t("milestones.milestones")}
      data={(
        [
          { label: t("milestones.onTrack"), value: health.onTrack, tone: "ok" },
          {
            label: t("milestones.dueSoon", { days: health.dueSoonDays }),
            value: health.dueSoon,
            tone: "warn",
          },
          { label: t("milestones.overdue"), value: health.overdue, tone: "danger" },
        ] satisfies BarDatum[]
      ).map((datum) => ({ ...datum, display: f.number(datum.value) }))}
    />
  );
}

/** Cohort milestone health: counts, a chart, and the overdue milestones linking to each plan. */
export async function MilestoneHealthCard({
  health,
  organisationSlug,
}: {
  health: ProgrammeOfficerHomeData["milestoneHealth"];
  organisationSlug: string;
}) {
  const t = await getTranslations("officerHome");
  const f = await getFormat();
  const figures = [
    { label: t("milestones.onTrack"), value: health.onTrack, className: "text-emerald-700" },
    {
      label: t("milestones.dueSoon", { days: health.dueSoonDays }),
      value: health.dueSoon,
      className: "text-amber-700",
    },
    {
      label: t("milestones.overdue"),
      value: health.overdue,
      className: health.overdue > 0 ? "text-red-700" : "text-ink-900",
    },
    {
      label: t("milestones.evidenceWaiting"),
      value: health.evidenceWaiting,
      className: "text-brand-700",
    },
  ];
  return (
    <Card>
      <CardHeader
        title={t("milestones.title")}
        description={t("milestones.description")}
        action={
          <Link href={`/${organisationSlug}/milestones`} className="text-brand-700 hover:underline">
            {t("milestones.viewAll")}
          </Link>
        }
      />
      <CardBody className="space-y-4">
        <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-md border border-ink-200 bg-ink-100 sm:grid-cols-4">
          {figures.map((figure) => (
            <div key={figure.label} className="bg-white px-3 py-2 text-center">
              <dt className="text-xs text-ink-500">{figure.label}</dt>
              <dd className={`text-xl font-semibold tabular-nums ${figure.className}`}>
                {f.number(figure.value)}
              </dd>
            </div>
          ))}
        </dl>
        {health.open === 0 ? (
          <EmptyState title={t("milestones.none")}>{t("milestones.noneHint")}</EmptyState>
        ) : (
          <div className="grid gap-6 lg:grid-cols-2">
            <MilestoneHealthChart health={health} />
            {health.overdueList.length === 0 ? (
              <EmptyState title={t("milestones.empty")}>{t("milestones.emptyHint")}</EmptyState>
            ) : (
              <div className="min-w-0">
                <h3 className="mb-2 text-sm font-medium text-ink-800">
                  {t("milestones.listTitle")}
                </h3>
                <ul className="divide-y divide-ink-100 rounded-md border border-ink-200">
                  {health.overdueList.map((milestone) => (
                    <li key={milestone.id} className="px-3 py-2">
                      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
                        <Link
                          href={`/${organisationSlug}/milestones/${milestone.enrolmentId}`}
                          className="min-w-0 text-sm font-medium text-ink-900 hover:text-brand-700 hover:underline"
                        >
                          {milestone.title}
                        </Link>
                        <Badge tone={statusStyles.milestone[milestone.status].tone}>
                          {t(`labels.milestoneStatus.${milestone.status}`)}
                        </Badge>
                      </div>
                      <p className="text-xs text-ink-500">
                        {localName(
                          f.locale,
                          milestone.enrolment.startup.name,
                          milestone.enrolment.startup.nameZh,
                        )}{" "}
                        ·{" "}
                        {localName(
                          f.locale,
                          milestone.enrolment.programme.name,
                          milestone.enrolment.programme.nameZh,
                        )}{" "}
                        · {t(`labels.milestoneCategory.${milestone.category}`)} ·{" "}
                        <span className="text-red-700">
                          {t("milestones.due", { date: f.date(milestone.dueOn) })}
                        </span>
                      </p>
                    </li>
                  ))}
                </ul>
                {health.overdue > health.overdueList.length ? (
                  <p className="mt-2 text-xs text-ink-500">
                    {t("milestones.showing", {
                      shown: health.overdueList.length,
                      count: f.number(health.overdue),
                    })}
                  </p>
                ) : null}
              </div>
            )}
          </div>
        )}
      </CardBody>
    </Card>
  );
}
