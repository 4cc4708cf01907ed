import type { StartupGrantSummary } from "@/lib/data/homes/startup-member-home";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ProgressBar } from "@/components/ui/progress-bar";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { formatHkd, shareOf } from "@/lib/domain/money";

/** Each grant's buckets: cap, approved + paid, remaining, and requests still pending. */
export function StartupGrantBalances({ grants }: { grants: StartupGrantSummary[] }) {
  if (grants.length === 0) {
    return (
      <Card>
        <CardHeader title="Grant balance" />
        <CardBody>
          <EmptyState title="No grant yet.">
            A grant is awarded when you are accepted into a funded programme.
          </EmptyState>
        </CardBody>
      </Card>
    );
  }
  return (
    <>
      {grants.map((grant) => (
        <Card key={grant.id}>
          <CardHeader
            title={`Grant balance · ${grant.programmeName}`}
            description={`Awarded by ${grant.operatorName}`}
            action={
              <span className="font-semibold text-ink-900 tabular-nums">
                {formatHkd(grant.approvedTotalCents)}
              </span>
            }
          />
          <Table caption={`Grant buckets for ${grant.programmeName}`}>
            <TableHead>
              <tr>
                <TableHeaderCell>Bucket</TableHeaderCell>
                <TableHeaderCell align="right" className="hidden sm:table-cell">
                  Cap
                </TableHeaderCell>
                <TableHeaderCell align="right" className="hidden sm:table-cell">
                  Approved + paid
                </TableHeaderCell>
                <TableHeaderCell align="right">Remaining</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {grant.buckets.map((bucket) => (
                <TableRow key={bucket.id}>
                  <TableCell className="min-w-44">
                    <span className="font-medium text-ink-900">{bucket.name}</span>
                    <span className="block text-xs text-ink-500">
                      {bucket.evidenceRule === "PAYMENT_PROOF"
                        ? "Reimbursed against payment proof"
                        : "No proof of spend needed"}
                      {bucket.pendingCents > 0n
                        ? ` · ${formatHkd(bucket.pendingCents)} requested, pending`
                        : ""}
                    </span>
                    <span className="block text-xs text-ink-500 sm:hidden">
                      {formatHkd(bucket.committedCents)} of {formatHkd(bucket.capCents)} approved or
                      paid
                    </span>
                    <div className="mt-2 max-w-64">
                      <ProgressBar
                        label={`${bucket.name}: share used`}
                        value={Math.round(shareOf(bucket.committedCents, bucket.capCents) * 100)}
                        max={100}
                      />
                    </div>
                  </TableCell>
                  <TableCell align="right" className="hidden whitespace-nowrap sm:table-cell">
                    {formatHkd(bucket.capCents)}
                  </TableCell>
                  <TableCell align="right" className="hidden whitespace-nowrap sm:table-cell">
                    {formatHkd(bucket.committedCents)}
                  </TableCell>
                  <TableCell align="right" className="font-medium whitespace-nowrap text-ink-900">
                    {formatHkd(bucket.remainingCents)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      ))}
    </>
  );
}
