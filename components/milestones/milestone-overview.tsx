import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type {
  MilestoneOverview,
  MilestoneQueueItem,
} from "@/lib/data/milestones/list-milestone-plans";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ProgressBar } from "@/components/ui/progress-bar";
import { getFormat } from "@/i18n/format";
import { milestonePath, milestonePlanPath } from "@/lib/domain/milestone-paths";
import { localName } from "./local-name";
import { MilestoneDue } from "./milestone-due";
import { EnrolmentStatusBadge, MilestoneStatusBadge } from "./milestone-status-badge";

/** The start-up's milestones home: its plans (one per programme), then what needs attention. */
export async function MilestoneOverviewView({
  organisationSlug,
  overview,
  locale,
  now,
}: {
  organisationSlug: string;
  overview: MilestoneOverview;
  locale: string;
  now: Date;
}) {
  const [t, f] = await Promise.all([getTranslations("milestones"), getFormat()]);
  const { plans, queue } = overview;
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title={t("plans.title")} description={t("plans.description")} />
        {plans.length === 0 ? (
          <CardBody>
            <EmptyState title={t("plans.emptyTitle")}>{t("plans.emptyBody")}</EmptyState>
          </CardBody>
        ) : (
          <ul className="divide-y divide-ink-100">
            {plans.map((plan) => {
              const programmeName = localName(locale, plan.programme.name, plan.programme.nameZh);
              return (
                <li key={plan.id} className="px-4 py-3 sm:px-5">
                  <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
                    <div className="min-w-0">
                      <Link
                        href={milestonePlanPath(organisationSlug, plan.id)}
                        className="font-medium text-ink-900 hover:text-brand-700 hover:underline"
                      >
                        {programmeName}
                      </Link>
                      <p className="text-xs text-ink-500">
                        {t("plans.runBySince", {
                          operator: localName(
                            locale,
                            plan.organisation.name,
                            plan.organisation.nameZh,
                          ),
                          date: f.date(plan.startsOn),
                        })}
                      </p>
                    </div>
                    <EnrolmentStatusBadge status={plan.status} />
                  </div>
                  <div className="mt-2 grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] sm:items-center">
                    <div className="space-y-1">
                      <p className="text-xs text-ink-600">
                        {t("achievedOfTotal", {
                          achieved: plan.summary.achieved,
                          total: plan.summary.total,
                        })}
                        {plan.summary.overdue > 0 ? (
                          <span className="font-medium text-red-700">
                            {" · "}
                            {t("overdueCount", { count: plan.summary.overdue })}
                          </span>
                        ) : null}
                      </p>
                      <ProgressBar
                        label={t("progressLabel", { name: programmeName })}
                        value={plan.summary.achieved}
                        max={plan.summary.total}
                      />
                    </div>
                    {plan.status !== "ACTIVE" ? (
                      <p className="text-xs text-ink-500">{t("plans.ended")}</p>
                    ) : plan.next ? (
                      <p className="text-xs text-ink-600">
                        {t("plans.next", { title: plan.next.title })}{" "}
                        <MilestoneDue dueOn={plan.next.dueOn} status={plan.next.status} now={now} />
                      </p>
                    ) : (
                      <p className="text-xs text-ink-500">
                        {plan.summary.total === 0 ? t("plans.noneYet") : t("plans.nothingOpen")}
                      </p>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <QueueCard
          title={t("queue.overdueTitle")}
          description={t("queue.overdueDescription")}
          empty={t("queue.overdueEmpty")}
          items={queue.overdue}
          organisationSlug={organisationSlug}
          now={now}
        />
        <QueueCard
          title={t("queue.dueSoonTitle")}
          empty={t("queue.dueSoonEmpty")}
          items={queue.dueSoon}
          organisationSlug={organisationSlug}
          now={now}
        />
      </div>
    </div>
  );
}

async function QueueCard({
  title,
  description,
  empty,
  items,
  organisationSlug,
  now,
}: {
  title: string;
  description?: string;
  empty: string;
  items: MilestoneQueueItem[];
  organisationSlug: string;
  now: Date;
}) {
  const t = await getTranslations("milestones");
  return (
    <Card>
      <CardHeader
        title={title}
        description={description}
        action={<span className="text-ink-500 tabular-nums">{items.length}</span>}
      />
      {items.length === 0 ? (
        <CardBody>
          <p className="text-sm text-ink-500">{empty}</p>
        </CardBody>
      ) : (
        <ul className="divide-y divide-ink-100">
          {items.map((item) => (
            <li key={item.id} className="px-4 py-2.5 sm:px-5">
              <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
                <Link
                  href={milestonePath(organisationSlug, item.enrolment.id, item.id)}
                  className="min-w-0 text-sm font-medium text-ink-900 hover:text-brand-700 hover:underline"
                >
                  {item.title}
                </Link>
                <MilestoneStatusBadge status={item.status} />
              </div>
              <p className="mt-0.5 flex flex-wrap gap-x-2 text-xs text-ink-500">
                <span>{t(`category.${item.category}`)}</span>
                <MilestoneDue dueOn={item.dueOn} status={item.status} now={now} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
