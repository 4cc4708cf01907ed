import { programmeBenefitLabels } from "@/components/applications/programme-benefit-labels";
import { evidenceRuleLabels } from "@/components/programmes/programme-labels";
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
import { focusAreaLabels } from "@/lib/domain/focus-areas";
import { milestoneCategoryLabels } from "@/lib/domain/milestone-categories";
import { formatHkd, sumCents } from "@/lib/domain/money";
import { programmeKindLabels } from "@/lib/domain/programme-kinds";

/** The programme's facts as a definition list. */
export function ProgrammeFacts({ programme }: { programme: ProgrammeDetail }) {
  const facts = [
    { term: "Kind", detail: programmeKindLabels[programme.kind] },
    {
      term: "Funding cap",
      detail: `${formatHkd(programme.fundingCapCents, { omitZeroCents: true })} per start-up`,
    },
    { term: "Duration", detail: `${programme.durationMonths} months` },
    ...(programme.kind === "CO_INCUBATION"
      ? [
          {
            term: "Partners",
            detail:
              programme.partners.map((partner) => partner.name).join(", ") || "None linked yet",
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
            Focus areas
          </dt>
          {programme.focusAreas.map((area) => (
            <dd key={area}>
              <Badge tone="brand">{focusAreaLabels[area]}</Badge>
            </dd>
          ))}
        </div>
        <div className="flex flex-wrap items-baseline gap-1">
          <dt className="mr-1 text-xs font-medium tracking-wide text-ink-500 uppercase">
            Benefits
          </dt>
          {programme.benefits.length === 0 ? <dd className="text-sm text-ink-500">None</dd> : null}
          {programme.benefits.map((benefit) => (
            <dd key={benefit}>
              <Badge tone="muted">{programmeBenefitLabels[benefit]}</Badge>
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
  const total = sumCents(programme.fundingBuckets.map((bucket) => bucket.capCents));
  return (
    <Table caption="Funding buckets">
      <TableHead>
        <tr>
          <TableHeaderCell>Bucket</TableHeaderCell>
          <TableHeaderCell align="right">Cap</TableHeaderCell>
          <TableHeaderCell>Evidence</TableHeaderCell>
          <TableHeaderCell>Conditions</TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {programme.fundingBuckets.map((bucket) => (
          <TableRow key={bucket.id}>
            <TableCell className="min-w-44">
              <span className="font-medium text-ink-900">{bucket.name}</span>
              <span className="ml-2 font-mono text-xs text-ink-500">{bucket.code}</span>
              {bucket.nameZh ? (
                <p className="text-xs text-ink-500" lang="zh-HK">
                  {bucket.nameZh}
                </p>
              ) : null}
            </TableCell>
            <TableCell align="right" className="whitespace-nowrap">
              {formatHkd(bucket.capCents, { omitZeroCents: true })}
            </TableCell>
            <TableCell>{evidenceRuleLabels[bucket.evidenceRule]}</TableCell>
            <TableCell>
              {[
                bucket.requiresPreApproval ? "Spend pre-approved" : null,
                bucket.gatingMilestoneCategory
                  ? `tranches need an achieved ${milestoneCategoryLabels[bucket.gatingMilestoneCategory].toLowerCase()} milestone`
                  : null,
              ]
                .filter(Boolean)
                .join("; ")
                .replace(/^t/, "T") || "—"}
            </TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell className="font-medium text-ink-900">Total</TableCell>
          <TableCell align="right" className="font-medium whitespace-nowrap text-ink-900">
            {formatHkd(total, { omitZeroCents: true })}
          </TableCell>
          <TableCell colSpan={2} className="text-ink-500">
            of {formatHkd(programme.fundingCapCents, { omitZeroCents: true })} per start-up
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
