import { getTranslations } from "next-intl/server";
import type { ProgrammeOfficerHomeData } from "@/lib/data/homes/programme-officer-home";
import { ApplicationsAwaitingTable } from "@/components/homes/applications-awaiting-table";
import { MilestoneHealthCard } from "@/components/homes/milestone-health-card";
import { OfficerCallFunnels } from "@/components/homes/officer-call-funnels";
import { OfficerCoachingCard } from "@/components/homes/officer-coaching-card";
import { OfficerReviewsCard } from "@/components/homes/officer-reviews-card";
import { ProgrammeTotalsTable } from "@/components/homes/programme-totals-table";
import { TrancheRequestsCard } from "@/components/homes/tranche-requests-card";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { getFormat } from "@/i18n/format";

/** The programme officer's home: each card answers one of the morning's questions. */
export async function ProgrammeOfficerHome({
  data,
  organisationSlug,
}: {
  data: ProgrammeOfficerHomeData;
  organisationSlug: string;
}) {
  const t = await getTranslations("officerHome");
  const f = await getFormat();
  const base = `/${organisationSlug}`;
  const { requestedDisbursements: requested, reviews, milestoneHealth } = data;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <StatGrid>
        <Stat
          label={t("stats.awaitingScreening")}
          value={f.number(data.awaitingScreening.count)}
          hint={t("stats.awaitingScreeningHint")}
          tone={data.awaitingScreening.count > 0 ? "warning" : "neutral"}
        />
        <Stat
          label={t("stats.reviewsOverdue")}
          value={f.number(reviews.overdue)}
          hint={t("stats.reviewsOverdueHint", { outstanding: reviews.outstanding })}
          tone={reviews.overdue > 0 ? "danger" : "neutral"}
        />
        <Stat
          label={t("stats.milestonesOverdue")}
          value={f.number(milestoneHealth.overdue)}
          hint={t("stats.milestonesOverdueHint", { dueSoon: milestoneHealth.dueSoon })}
          tone={milestoneHealth.overdue > 0 ? "danger" : "neutral"}
        />
        <Stat
          label={t("stats.tranchesToSign")}
          value={f.number(requested.count)}
          hint={f.money(requested.totalCents)}
          tone={requested.count > 0 ? "warning" : "neutral"}
        />
      </StatGrid>

      <OfficerCallFunnels
        funnels={data.funnels}
        organisationSlug={organisationSlug}
        now={data.now}
      />

      <div className="grid gap-6 lg:grid-cols-2">
        <OfficerReviewsCard reviews={reviews} organisationSlug={organisationSlug} now={data.now} />
        <Card>
          <CardHeader title={t("screening.title")} description={t("screening.description")} />
          {data.awaitingScreening.items.length === 0 ? (
            <CardBody>
              <EmptyState title={t("screening.empty")}>{t("screening.emptyHint")}</EmptyState>
            </CardBody>
          ) : (
            <ApplicationsAwaitingTable
              applications={data.awaitingScreening.items}
              count={data.awaitingScreening.count}
              organisationSlug={organisationSlug}
            />
          )}
        </Card>
      </div>

      <MilestoneHealthCard health={milestoneHealth} organisationSlug={organisationSlug} />

      <OfficerCoachingCard
        coaching={data.coaching}
        organisationSlug={organisationSlug}
        now={data.now}
      />

      <TrancheRequestsCard requested={requested} organisationSlug={organisationSlug} />

      <Card>
        <CardHeader
          title={t("budget.title")}
          description={t("budget.description")}
          action={
            <a href={`${base}/grants`} className="text-brand-700 hover:underline">
              {(await getTranslations("nav"))("grants")}
            </a>
          }
        />
        {data.programmeBudgets.length === 0 ? (
          <CardBody>
            <EmptyState title={t("budget.empty")}>{t("budget.emptyHint")}</EmptyState>
          </CardBody>
        ) : (
          <ProgrammeTotalsTable totals={data.programmeBudgets} />
        )}
      </Card>
    </div>
  );
}
