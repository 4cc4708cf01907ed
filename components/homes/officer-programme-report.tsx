import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BarChart } from "@/components/charts/bar-chart";
import { localName } from "@/components/homes/officer-local-name";
import { CallFunnelCharts } from "@/components/homes/officer-call-funnels";
import { OfficerPrintButton } from "@/components/homes/officer-print-button";
import { MilestoneHealthChart } from "@/components/homes/milestone-health-card";
import { BucketTotalsTable } from "@/components/homes/programme-totals-table";
import { getFormat } from "@/i18n/format";
import {
  REPORT_MILESTONE_STATUSES,
  type ProgrammeReport,
} from "@/lib/data/homes/officer-programme-report";

// The app shell's header (the one followed by <main>) and the page padding are dropped on paper;
// A4 with a margin the browser prints inside. Scoped to this page: it only exists while it renders.
const PRINT_CSS = `@media print {
  @page { size: A4; margin: 14mm 12mm; }
  header:has(+ main) { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  body { background: white !important; }
}`;

const dollars = (cents: bigint) => Number(cents / 100n);

function Section({
  title,
  children,
  isFirst = false,
}: {
  title: string;
  children: ReactNode;
  isFirst?: boolean;
}) {
  return (
    <section
      className={`space-y-4 rounded-lg border border-ink-200 bg-white p-4 sm:p-6 print:rounded-none print:border-0 print:p-0 ${isFirst ? "" : "print:break-before-page"}`}
    >
      <h2 className="border-b border-ink-200 pb-2 text-lg font-semibold text-ink-900">{title}</h2>
      {children}
    </section>
  );
}

function Figures({ items }: { items: readonly { label: string; value: string }[] }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 print:grid-cols-4">
      {items.map((item) => (
        <div
          key={item.label}
          className="rounded-md border border-ink-200 px-3 py-2 break-inside-avoid"
        >
          <dt className="text-xs text-ink-500">{item.label}</dt>
          <dd className="text-base font-semibold text-ink-900 tabular-nums [overflow-wrap:anywhere] sm:text-lg">
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The programme report: one section per question a board or partner asks, printable on A4. */
export async function OfficerProgrammeReport({
  report,
  organisationSlug,
  organisationName,
  organisationNameZh,
  canOpenProgramme,
}: {
  report: ProgrammeReport;
  organisationSlug: string;
  organisationName: string;
  organisationNameZh: string | null;
  canOpenProgramme: boolean;
}) {
  const t = await getTranslations("programmeReport");
  const th = await getTranslations("officerHome");
  const tf = await getTranslations("financeHome");
  const f = await getFormat();
  const { programme, coaching, budget } = report;
  const programmeName = localName(f.locale, programme.name, programme.nameZh);
  const milestoneTotal = REPORT_MILESTONE_STATUSES.reduce(
    (sum, status) => sum + report.milestonesByStatus[status],
    0,
  );
  const bucketTotals = report.buckets.reduce(
    (sum, row) => ({
      cap: sum.cap + row.capCents,
      paid: sum.paid + row.paidCents,
      committed: sum.committed + row.committedCents,
    }),
    { cap: 0n, paid: 0n, committed: 0n },
  );

  return (
    <article className="space-y-6 print:text-[11pt]">
      <style>{PRINT_CSS}</style>
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        {canOpenProgramme ? (
          <Link
            href={`/${organisationSlug}/programmes/${programme.id}`}
            className="text-sm text-brand-700 hover:underline"
          >
            ← {t("backToProgramme")}
          </Link>
        ) : (
          <span />
        )}
        <OfficerPrintButton />
      </div>

      <header className="space-y-1 print:mb-6">
        <p className="text-sm text-ink-500">
          {localName(f.locale, organisationName, organisationNameZh)} · {t("title")}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight text-ink-900">{programmeName}</h1>
        <p className="text-sm text-ink-500">
          {t("generated", { date: f.dateTime(report.generatedAt) })}
        </p>
      </header>

      <Section title={t("summary.title")} isFirst>
        {programme.description ? (
          <p className="max-w-prose text-sm text-ink-700">{programme.description}</p>
        ) : null}
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 print:grid-cols-2">
          {[
            [t("summary.kind"), t(`labels.programmeKind.${programme.kind}`)],
            [t("summary.status"), t(`labels.programmeStatus.${programme.status}`)],
            [
              t("summary.focusAreas"),
              programme.focusAreas.map((area) => t(`labels.focusArea.${area}`)).join(", ") || "—",
            ],
            [t("summary.fundingCap"), f.moneyWhole(programme.fundingCapCents)],
            [t("summary.duration"), t("summary.months", { count: programme.durationMonths })],
            [
              t("summary.partners"),
              programme.partners.map((p) => localName(f.locale, p.name, p.nameZh)).join(", ") ||
                t("summary.noPartners"),
            ],
          ].map(([label, value]) => (
            <div key={label} className="flex flex-wrap gap-x-2 border-b border-ink-100 py-1.5">
              <dt className="text-ink-500">{label}</dt>
              <dd className="font-medium text-ink-900">{value}</dd>
            </div>
          ))}
        </dl>
        <Figures
          items={[
            { label: t("summary.activeStartups"), value: f.number(report.enrolments.ACTIVE) },
            { label: t("summary.graduated"), value: f.number(report.enrolments.GRADUATED) },
            { label: t("summary.withdrawn"), value: f.number(report.enrolments.WITHDRAWN) },
            { label: tf("budget.awarded"), value: f.moneyWhole(budget?.awardedCents ?? 0n) },
          ]}
        />
      </Section>

      <Section title={t("calls.title")}>
        {report.funnels.length === 0 ? (
          <p className="text-sm text-ink-500">{t("calls.empty")}</p>
        ) : (
          <CallFunnelCharts
            funnels={report.funnels}
            organisationSlug={organisationSlug}
            now={report.generatedAt}
            withLinks={false}
          />
        )}
      </Section>

      <Section title={t("cohort.title")}>
        <Figures
          items={[
            { label: th("milestones.onTrack"), value: f.number(report.milestoneHealth.onTrack) },
            {
              label: th("milestones.dueSoon", { days: report.milestoneHealth.dueSoonDays }),
              value: f.number(report.milestoneHealth.dueSoon),
            },
            { label: th("milestones.overdue"), value: f.number(report.milestoneHealth.overdue) },
            {
              label: th("milestones.evidenceWaiting"),
              value: f.number(report.milestoneHealth.evidenceWaiting),
            },
          ]}
        />
        {milestoneTotal === 0 ? (
          <p className="text-sm text-ink-500">{t("cohort.noMilestones")}</p>
        ) : (
          <div className="grid gap-6 md:grid-cols-2 print:grid-cols-2">
            <MilestoneHealthChart health={report.milestoneHealth} />
            <BarChart
              title={t("cohort.byStatusTitle")}
              summary={t("cohort.byStatusSummary", {
                achieved: f.number(report.milestonesByStatus.ACHIEVED),
                total: f.number(milestoneTotal),
              })}
              labelHeader={t("cohort.status")}
              valueHeader={t("cohort.milestones")}
              data={REPORT_MILESTONE_STATUSES.map((status) => ({
                label: th(`labels.milestoneStatus.${status}`),
                value: report.milestonesByStatus[status],
                display: f.number(report.milestonesByStatus[status]),
                tone:
                  status === "ACHIEVED"
                    ? "ok"
                    : status === "MISSED"
                      ? "danger"
                      : status === "DELAYED"
                        ? "warn"
                        : "brand",
              }))}
            />
          </div>
        )}
      </Section>

      <Section title={t("coaching.title")}>
        <Figures
          items={[
            { label: t("coaching.heldSessions"), value: f.number(coaching.heldSessions) },
            {
              label: t("coaching.hours"),
              value: f.number(Math.round((coaching.heldMinutes / 60) * 10) / 10),
            },
            {
              label: t("coaching.sessionsThisQuarter"),
              value: f.number(coaching.sessionsThisQuarter),
            },
            {
              label: t("coaching.quiet", { days: coaching.quietAfterDays }),
              value: f.number(coaching.quietStartups),
            },
          ]}
        />
        <p className="text-sm text-ink-600">
          {t("coaching.mentored")}: {f.number(coaching.mentoredStartups)} /{" "}
          {f.number(coaching.activeStartups)}
        </p>
      </Section>

      <Section title={t("budget.title")}>
        {budget === null ? (
          <p className="text-sm text-ink-500">{t("budget.empty")}</p>
        ) : (
          <>
            <Figures
              items={[
                { label: tf("budget.cap"), value: f.moneyWhole(budget.capCents) },
                { label: tf("budget.awarded"), value: f.moneyWhole(budget.awardedCents) },
                { label: tf("budget.paid"), value: f.moneyWhole(budget.paidCents) },
                { label: tf("budget.remaining"), value: f.moneyWhole(budget.remainingCents) },
              ]}
            />
            <p className="text-sm text-ink-600">
              {tf("budget.grantCount", { count: budget.grantCount })} · {tf("budget.committed")}:{" "}
              {f.moneyWhole(budget.committedCents)}
            </p>
            {report.buckets.length > 0 ? (
              <>
                <BarChart
                  title={t("budget.chartTitle")}
                  summary={t("budget.chartSummary", {
                    paid: f.moneyWhole(bucketTotals.paid),
                    committed: f.moneyWhole(bucketTotals.committed),
                    cap: f.moneyWhole(bucketTotals.cap),
                  })}
                  labelHeader={tf("budget.bucket")}
                  valueHeader={t("budget.used")}
                  data={report.buckets.map((row) => ({
                    label: localName(f.locale, row.name, row.nameZh),
                    value: dollars(row.paidCents + row.committedCents),
                    display: f.moneyWhole(row.paidCents + row.committedCents),
                  }))}
                  max={Math.max(...report.buckets.map((row) => dollars(row.capCents)))}
                  extraColumns={[
                    {
                      header: tf("budget.cap"),
                      cells: report.buckets.map((row) => f.moneyWhole(row.capCents)),
                    },
                  ]}
                />
                <div className="overflow-hidden rounded-md border border-ink-200 print:border-0">
                  <BucketTotalsTable buckets={report.buckets} />
                </div>
              </>
            ) : null}
          </>
        )}
      </Section>

      <p className="text-xs text-ink-500 print:mt-8">{t("footer")}</p>
    </article>
  );
}
