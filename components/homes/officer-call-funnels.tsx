import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BarChart, type BarTone } from "@/components/charts/bar-chart";
import { localName } from "@/components/homes/officer-local-name";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getFormat } from "@/i18n/format";
import {
  FUNNEL_STATUSES,
  type CallFunnel,
  type FunnelStatus,
} from "@/lib/data/homes/officer-funnels";

const funnelTones: Record<FunnelStatus, BarTone> = {
  SUBMITTED: "brand",
  SCREENING: "brand",
  IN_REVIEW: "brand",
  SHORTLISTED: "warn",
  ACCEPTED: "ok",
  REJECTED: "danger",
  WITHDRAWN: "muted",
};

/** One funnel chart per call (status counts in pipeline order), each with its table view. */
export async function CallFunnelCharts({
  funnels,
  organisationSlug,
  now,
  withLinks = true,
}: {
  funnels: readonly CallFunnel[];
  organisationSlug: string;
  now: Date;
  withLinks?: boolean;
}) {
  const t = await getTranslations("officerHome");
  const f = await getFormat();
  return (
    <ul className="grid gap-6 md:grid-cols-2 print:grid-cols-2">
      {funnels.map((call) => {
        const title = localName(f.locale, call.title, call.titleZh);
        const label = (status: FunnelStatus) => t(`labels.applicationStatus.${status}`);
        const parts = FUNNEL_STATUSES.filter((status) => call.counts[status] > 0)
          .map((status) =>
            t("funnels.part", { count: f.number(call.counts[status]), status: label(status) }),
          )
          .join(", ");
        // A published call past its closing date is still being screened and reviewed.
        const callWindow =
          call.status === "PUBLISHED" && call.closesAt > now
            ? t("funnels.closes", { date: f.date(call.closesAt) })
            : call.status === "PUBLISHED"
              ? t("funnels.closed", { date: f.date(call.closesAt) })
              : t("funnels.closedOn", { date: f.date(call.closesAt) });
        return (
          <li key={call.id} className="min-w-0 break-inside-avoid space-y-2">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 text-xs text-ink-500">
              <span>{localName(f.locale, call.programmeName, call.programmeNameZh)}</span>
              <span>{callWindow}</span>
            </div>
            <BarChart
              title={t("funnels.chartTitle", { call: title })}
              summary={t("funnels.chartSummary", { total: call.total, parts: parts || "—" })}
              labelHeader={t("funnels.status")}
              valueHeader={t("funnels.applications")}
              data={FUNNEL_STATUSES.map((status) => ({
                label: label(status),
                value: call.counts[status],
                display: f.number(call.counts[status]),
                tone: funnelTones[status],
              }))}
            />
            <p className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <span className="font-medium text-ink-800">
                {t("funnels.total", { total: call.total })}
              </span>
              {withLinks ? (
                <Link
                  href={`/${organisationSlug}/calls/${call.id}/applications`}
                  className="text-brand-700 hover:underline print:hidden"
                >
                  {t("funnels.openCall")}
                </Link>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** The officer's open calls, each as a funnel. */
export async function OfficerCallFunnels({
  funnels,
  organisationSlug,
  now,
}: {
  funnels: readonly CallFunnel[];
  organisationSlug: string;
  now: Date;
}) {
  const t = await getTranslations("officerHome");
  return (
    <Card>
      <CardHeader title={t("funnels.title")} description={t("funnels.description")} />
      <CardBody>
        {funnels.length === 0 ? (
          <EmptyState title={t("funnels.empty")}>{t("funnels.emptyHint")}</EmptyState>
        ) : (
          <CallFunnelCharts funnels={funnels} organisationSlug={organisationSlug} now={now} />
        )}
      </CardBody>
    </Card>
  );
}
