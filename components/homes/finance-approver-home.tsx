import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { localName } from "@/components/homes/officer-local-name";
import { AwaitingSignatureTable } from "@/components/homes/awaiting-signature-table";
import { BucketTotalsTable, ProgrammeTotalsTable } from "@/components/homes/programme-totals-table";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { getFormat } from "@/i18n/format";
import type { FinanceApproverHomeData } from "@/lib/data/homes/finance-approver-home";
import { FORMAT_LOCALE } from "@/i18n/locales";

/** Cents as whole Hong Kong dollars for a chart's bar length (the label stays exact). */
const dollars = (cents: bigint) => Number(cents / 100n);

/** The finance approver's home: the second-signature queue, this month's payments, budgets. */
export async function FinanceApproverHome({
  data,
  organisationSlug,
}: {
  data: FinanceApproverHomeData;
  organisationSlug: string;
}) {
  const t = await getTranslations("financeHome");
  const f = await getFormat();
  const remainingCents = data.programmeBudgets.reduce((sum, row) => sum + row.remainingCents, 0n);
  const monthName = new Intl.DateTimeFormat(FORMAT_LOCALE[f.locale], {
    month: "long",
    timeZone: "Asia/Hong_Kong",
  }).format(data.paidThisMonth.monthStart);
  const programmeNames = new Map(
    data.programmeBudgets.map((row) => [
      row.programmeId,
      localName(f.locale, row.programmeName, row.programmeNameZh),
    ]),
  );
  const queueHref = `/${organisationSlug}/disbursements?status=APPROVED`;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <StatGrid>
        <Stat
          label={t("stats.awaitingSignature")}
          value={f.number(data.queue.count)}
          hint={f.money(data.queue.totalCents)}
          tone={data.queue.count > 0 ? "warning" : "neutral"}
        />
        <Stat
          label={t("stats.paidThisMonth", { month: monthName })}
          value={f.moneyWhole(data.paidThisMonth.totalCents)}
          hint={
            data.paidThisMonth.count > 0
              ? t("stats.paidCount", { count: data.paidThisMonth.count })
              : data.paidThisMonth.lastPaidAt
                ? t("stats.lastPayment", { date: f.date(data.paidThisMonth.lastPaidAt) })
                : t("stats.nothingPaid")
          }
          tone="brand"
        />
        <Stat
          label={t("stats.awaitingPayment")}
          value={f.number(data.awaitingPayment.count)}
          hint={f.money(data.awaitingPayment.totalCents)}
        />
        <Stat
          label={t("stats.remaining")}
          value={f.moneyWhole(remainingCents)}
          hint={t("stats.remainingHint")}
        />
      </StatGrid>

      <Card>
        <CardHeader
          title={t("queue.title")}
          description={t("queue.description")}
          action={
            data.queue.count > 0 ? (
              <span className="font-medium text-ink-700">
                {t("queue.summary", {
                  count: data.queue.count,
                  total: f.money(data.queue.totalCents),
                })}
              </span>
            ) : null
          }
        />
        {data.queue.items.length === 0 ? (
          <CardBody>
            <EmptyState title={t("queue.empty")}>{t("queue.emptyHint")}</EmptyState>
          </CardBody>
        ) : (
          <>
            <AwaitingSignatureTable
              tranches={data.queue.items}
              organisationSlug={organisationSlug}
              now={data.now}
            />
            <p className="flex flex-wrap items-center justify-between gap-2 border-t border-ink-100 px-4 py-2.5 text-xs text-ink-500 sm:px-5">
              <span>
                {data.queue.count > data.queue.items.length
                  ? t("queue.showing", {
                      shown: data.queue.items.length,
                      count: f.number(data.queue.count),
                    })
                  : null}
              </span>
              <Link href={queueHref} className="text-sm text-brand-700 hover:underline">
                {t("queue.viewAll")}
              </Link>
            </p>
          </>
        )}
      </Card>

      <Card>
        <CardHeader title={t("budget.title")} description={t("budget.description")} />
        {data.programmeBudgets.length === 0 ? (
          <CardBody>
            <EmptyState title={t("budget.empty")}>{t("budget.emptyHint")}</EmptyState>
          </CardBody>
        ) : (
          <>
            <CardBody>
              <BarChart
                title={t("budget.chartTitle")}
                summary={t("budget.chartSummary", {
                  total: f.moneyWhole(remainingCents),
                  count: data.programmeBudgets.length,
                })}
                labelHeader={t("budget.programme")}
                valueHeader={t("budget.remaining")}
                data={data.programmeBudgets.map((row) => ({
                  label: programmeNames.get(row.programmeId) ?? row.programmeName,
                  value: Math.max(0, dollars(row.remainingCents)),
                  display: f.moneyWhole(row.remainingCents),
                  tone: row.remainingCents < 0n ? "danger" : "brand",
                }))}
                extraColumns={[
                  {
                    header: t("budget.awarded"),
                    cells: data.programmeBudgets.map((row) => f.moneyWhole(row.awardedCents)),
                  },
                  {
                    header: t("budget.paid"),
                    cells: data.programmeBudgets.map((row) => f.moneyWhole(row.paidCents)),
                  },
                ]}
              />
            </CardBody>
            <ProgrammeTotalsTable totals={data.programmeBudgets} />
            <div className="border-t border-ink-100 px-4 pt-4 pb-1 sm:px-5">
              <h3 className="text-sm font-semibold text-ink-900">{t("budget.bucketsTitle")}</h3>
              <p className="mt-0.5 text-sm text-ink-500">{t("budget.bucketsDescription")}</p>
            </div>
            <BucketTotalsTable buckets={data.bucketBudgets} programmeNames={programmeNames} />
          </>
        )}
      </Card>
    </div>
  );
}
