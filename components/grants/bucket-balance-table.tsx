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
import { formatHkd, shareOf } from "@/lib/domain/money";
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
export function BucketBalanceTable({
  caption,
  buckets,
  totals,
}: {
  caption: string;
  buckets: Bucket[];
  totals: MoneyTotals;
}) {
  return (
    <Table caption={caption}>
      <TableHead>
        <tr>
          <TableHeaderCell>Bucket</TableHeaderCell>
          <TableHeaderCell align="right" isCompact className="hidden md:table-cell">
            Awarded
          </TableHeaderCell>
          <TableHeaderCell align="right" isCompact className="hidden md:table-cell">
            Requested
          </TableHeaderCell>
          <TableHeaderCell align="right" isCompact className="hidden md:table-cell">
            Approved
          </TableHeaderCell>
          <TableHeaderCell align="right" isCompact className="hidden md:table-cell">
            Paid
          </TableHeaderCell>
          <TableHeaderCell align="right" isCompact>
            Remaining
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
                <span className="block text-xs text-ink-500">{describeBucketRules(bucket)}</span>
                <span className="mt-1 block text-xs text-ink-600 md:hidden">
                  {formatHkd(bucket.totals.paidCents)} paid ·{" "}
                  {formatHkd(bucket.totals.approvedCents)} approved ·{" "}
                  {formatHkd(bucket.totals.requestedCents)} requested, of{" "}
                  {formatHkd(bucket.totals.capCents)}
                </span>
                <div className="mt-2 max-w-72">
                  <ProgressBar
                    label={`${bucket.name}: share of the award approved or paid`}
                    value={Math.round(shareOf(used, bucket.totals.capCents) * 100)}
                    max={100}
                  />
                </div>
              </TableCell>
              <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
                {formatHkd(bucket.totals.capCents)}
              </TableCell>
              <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
                {formatHkd(bucket.totals.requestedCents)}
              </TableCell>
              <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
                {formatHkd(bucket.totals.approvedCents)}
              </TableCell>
              <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
                {formatHkd(bucket.totals.paidCents)}
              </TableCell>
              <TableCell
                align="right"
                isCompact
                className="font-semibold whitespace-nowrap text-ink-900"
              >
                {formatHkd(bucket.totals.remainingCents)}
              </TableCell>
            </TableRow>
          );
        })}
        <tr className="border-t-2 border-ink-200 bg-ink-50/60 font-medium text-ink-900">
          <TableCell isCompact>
            Grant total
            <span className="mt-0.5 block text-xs font-normal text-ink-600 md:hidden">
              {formatHkd(totals.paidCents)} paid · {formatHkd(totals.approvedCents)} approved of{" "}
              {formatHkd(totals.capCents)}
            </span>
          </TableCell>
          <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
            {formatHkd(totals.capCents)}
          </TableCell>
          <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
            {formatHkd(totals.requestedCents)}
          </TableCell>
          <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
            {formatHkd(totals.approvedCents)}
          </TableCell>
          <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
            {formatHkd(totals.paidCents)}
          </TableCell>
          <TableCell align="right" isCompact className="font-semibold whitespace-nowrap">
            {formatHkd(totals.remainingCents)}
          </TableCell>
        </tr>
      </TableBody>
    </Table>
  );
}
