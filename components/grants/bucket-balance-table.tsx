import { getTranslations } from "next-intl/server";
import { describeBucketRules } from "@/components/grants/bucket-rules";
import { ProgressBar } from "@/components/ui/progress-bar";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import type { BucketTotals, MoneyTotals } from "@/lib/domain/disbursement-totals";
import { getFormat } from "@/i18n/format";
import { shareOf } from "@/lib/domain/money";
import type { FundingEvidenceRule, MilestoneCategory } from "@/lib/generated/prisma/enums";

type Bucket = BucketTotals<{
  id: string;
  name: string;
  nameZh: string | null;
  evidenceRule: FundingEvidenceRule;
  requiresPreApproval: boolean;
  gatingMilestoneCategory: MilestoneCategory | null;
}>;

/**
 * A grant's buckets: awarded cap, requested (waiting for the officer), approved (signed, not
 * yet paid), paid and remaining, with the grant's totals below. On a phone each bucket folds
 * to its name, a bar and the remaining amount, with the other figures on one line.
 */
export async function BucketBalanceTable({
  caption,
  buckets,
  totals,
}: {
  caption: string;
  buckets: Bucket[];
  totals: MoneyTotals;
}) {
  const t = await getTranslations("grants");
  const f = await getFormat();
  return (
    <Table caption={caption}>
      <TableHead>
        <tr>
          <TableHeaderCell>{t("columns.bucket")}</TableHeaderCell>
          <TableHeaderCell align="right" isCompact className="hidden md:table-cell">
            {t("columns.awarded")}
          </TableHeaderCell>
          <TableHeaderCell align="right" isCompact className="hidden md:table-cell">
            {t("columns.requested")}
          </TableHeaderCell>
          <TableHeaderCell align="right" isCompact className="hidden md:table-cell">
            {t("columns.approved")}
          </TableHeaderCell>
          <TableHeaderCell align="right" isCompact className="hidden md:table-cell">
            {t("columns.paid")}
          </TableHeaderCell>
          <TableHeaderCell align="right" isCompact>
            {t("columns.remaining")}
          </TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {buckets.map((bucket) => {
          const used = bucket.totals.approvedCents + bucket.totals.paidCents;
          return (
            <TableRow key={bucket.id}>
              <TableCell isCompact className="min-w-48">
                <span className="font-medium text-ink-900">{bucket.name}</span>
                {bucket.nameZh ? (
                  <span className="ml-1.5 text-xs text-ink-500" lang="zh-HK">
                    {bucket.nameZh}
                  </span>
                ) : null}
                <span className="block text-xs text-ink-500">{describeBucketRules(bucket, t)}</span>
                <span className="mt-1 block text-xs text-ink-600 md:hidden">
                  {t("bucketLine", {
                    paid: f.money(bucket.totals.paidCents),
                    approved: f.money(bucket.totals.approvedCents),
                    requested: f.money(bucket.totals.requestedCents),
                    cap: f.money(bucket.totals.capCents),
                  })}
                </span>
                <div className="mt-2 max-w-72">
                  <ProgressBar
                    label={t("bucketShare", { bucket: bucket.name })}
                    value={Math.round(shareOf(used, bucket.totals.capCents) * 100)}
                    max={100}
                  />
                </div>
              </TableCell>
              <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
                {f.money(bucket.totals.capCents)}
              </TableCell>
              <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
                {f.money(bucket.totals.requestedCents)}
              </TableCell>
              <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
                {f.money(bucket.totals.approvedCents)}
              </TableCell>
              <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
                {f.money(bucket.totals.paidCents)}
              </TableCell>
              <TableCell
                align="right"
                isCompact
                className="font-semibold whitespace-nowrap text-ink-900"
              >
                {f.money(bucket.totals.remainingCents)}
              </TableCell>
            </TableRow>
          );
        })}
        <tr className="border-t-2 border-ink-200 bg-ink-50/60 font-medium text-ink-900">
          <TableCell isCompact>
            {t("grantTotal")}
            <span className="mt-0.5 block text-xs font-normal text-ink-600 md:hidden">
              {t("grantTotalLine", {
                paid: f.money(totals.paidCents),
                approved: f.money(totals.approvedCents),
                cap: f.money(totals.capCents),
              })}
            </span>
          </TableCell>
          <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
            {f.money(totals.capCents)}
          </TableCell>
          <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
            {f.money(totals.requestedCents)}
          </TableCell>
          <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
            {f.money(totals.approvedCents)}
          </TableCell>
          <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
            {f.money(totals.paidCents)}
          </TableCell>
          <TableCell align="right" isCompact className="font-semibold whitespace-nowrap">
            {f.money(totals.remainingCents)}
          </TableCell>
        </tr>
      </TableBody>
    </Table>
  );
}
