import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import type { ProgrammeDetail } from "@/lib/data/programmes/get-programme";
import { createFormat } from "@/i18n/formatters";
import { sumCents } from "@/lib/domain/money";

/** The programme's facts as a definition list. */
export function ProgrammeFacts({ programme }: { programme: ProgrammeDetail }) {
  const t = useTranslations("programmesClient.facts");
  const labels = useTranslations("programmesClient");
  const benefitLabel = useTranslations("programmesClient.benefit");
  const f = createFormat(useLocale());
  const facts = [
    { term: t("kind"), detail: labels(`kind.${programme.kind}`) },
    {
      term: t("fundingCap"),
      detail: t("perStartup", { amount: f.moneyWhole(programme.fundingCapCents) }),
    },
    { term: t("duration"), detail: t("months", { count: programme.durationMonths }) },
    ...(programme.kind === "CO_INCUBATION"
      ? [
          {
            term: t("partners"),
            detail: programme.partners.map((partner) => partner.name).join(", ") || t("noPartners"),
          },
        ]
      : []),
  ];
  return (
    <div className="space-y-4">
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-4">
        {facts.map((fact) => (
          <div key={fact.term}>
            <dt className="text-xs font-medium tracking-wide text-ink-500 uppercase">
              {fact.term}
            </dt>
            <dd className="mt-0.5 text-sm text-ink-900">{fact.detail}</dd>
          </div>
        ))}
      </dl>
      <dl className="space-y-2">
        <div className="flex flex-wrap items-baseline gap-1">
          <dt className="mr-1 text-xs font-medium tracking-wide text-ink-500 uppercase">
            {t("focusAreas")}
          </dt>
          {programme.focusAreas.map((area) => (
            <dd key={area}>
              <Badge tone="brand">{labels(`focus.${area}`)}</Badge>
            </dd>
          ))}
        </div>
        <div className="flex flex-wrap items-baseline gap-1">
          <dt className="mr-1 text-xs font-medium tracking-wide text-ink-500 uppercase">
            {t("benefits")}
          </dt>
          {programme.benefits.length === 0 ? (
            <dd className="text-sm text-ink-500">{t("none")}</dd>
          ) : null}
          {programme.benefits.map((benefit) => (
            <dd key={benefit}>
              <Badge tone="muted">{benefitLabel(benefit)}</Badge>
            </dd>
          ))}
        </div>
      </dl>
      {programme.description ? (
        <p className="max-w-prose text-sm whitespace-pre-line text-ink-700">
          {programme.description}
        </p>
      ) : null}
    </div>
  );
}

/** The funding buckets and what they add up to. */
export function FundingBucketsTable({ programme }: { programme: ProgrammeDetail }) {
  const t = useTranslations("programmesClient.buckets");
  const labels = useTranslations("programmesClient");
  const locale = useLocale();
  const f = createFormat(locale);
  const isChinese = locale.startsWith("zh");
  const total = sumCents(programme.fundingBuckets.map((bucket) => bucket.capCents));
  return (
    <Table caption={t("caption")}>
      <TableHead>
        <tr>
          <TableHeaderCell>{t("bucket")}</TableHeaderCell>
          <TableHeaderCell align="right">{t("cap")}</TableHeaderCell>
          <TableHeaderCell>{t("evidence")}</TableHeaderCell>
          <TableHeaderCell>{t("conditions")}</TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {programme.fundingBuckets.map((bucket) => (
          <TableRow key={bucket.id}>
            <TableCell className="min-w-44">
              <span className="font-medium text-ink-900">
                {isChinese && bucket.nameZh ? bucket.nameZh : bucket.name}
              </span>
              <span className="ml-2 font-mono text-xs text-ink-500">{bucket.code}</span>
              {bucket.nameZh && !isChinese ? (
                <p className="text-xs text-ink-500" lang="zh-HK">
                  {bucket.nameZh}
                </p>
              ) : null}
            </TableCell>
            <TableCell align="right" className="whitespace-nowrap">
              {f.moneyWhole(bucket.capCents)}
            </TableCell>
            <TableCell>{labels(`evidence.${bucket.evidenceRule}`)}</TableCell>
            <TableCell>
              {[
                bucket.requiresPreApproval ? t("preApproved") : null,
                bucket.gatingMilestoneCategory
                  ? t("gated", {
                      category: labels(`milestone.${bucket.gatingMilestoneCategory}`),
                    })
                  : null,
              ]
                .filter(Boolean)
                .join(t("separator")) || "—"}
            </TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell className="font-medium text-ink-900">{t("total")}</TableCell>
          <TableCell align="right" className="font-medium whitespace-nowrap text-ink-900">
            {f.moneyWhole(total)}
          </TableCell>
          <TableCell colSpan={2} className="text-ink-500">
            {t("ofCap", { amount: f.moneyWhole(programme.fundingCapCents) })}
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
