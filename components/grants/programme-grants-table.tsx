import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import type { ProgrammeBudgetDetail } from "@/lib/data/grants/get-programme-budget";
import { formatHkd } from "@/lib/domain/money";

/** One programme's grants, one row each; on a phone the figures fold under the start-up. */
export function ProgrammeGrantsTable({
  organisation,
  budget,
}: {
  organisation: string;
  budget: ProgrammeBudgetDetail;
}) {
  return (
    <Table caption={`Grants of ${budget.programme.name}`}>
      <TableHead>
        <tr>
          <TableHeaderCell>Start-up</TableHeaderCell>
          <TableHeaderCell align="right" isCompact className="hidden lg:table-cell">
            Awarded
          </TableHeaderCell>
          <TableHeaderCell align="right" isCompact className="hidden lg:table-cell">
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
        {budget.grants.map((grant) => (
          <TableRow key={grant.id}>
            <TableCell isCompact className="min-w-40 sm:min-w-52">
              <Link
                href={`/${organisation}/grants/${grant.id}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {grant.enrolment.startup.name}
              </Link>
              {grant.status === "CLOSED" ? (
                <span className="ml-2">
                  <Badge tone="neutral">Closed</Badge>
                </span>
              ) : null}
              {grant.totals.requestedCents > 0n ? (
                <span className="block text-xs text-amber-800">
                  {formatHkd(grant.totals.requestedCents)} waiting for approval
                </span>
              ) : null}
              <span className="block text-xs text-ink-600 lg:hidden">
                {formatHkd(grant.totals.capCents)} awarded
                <span className="md:hidden">
                  {" "}
                  · {formatHkd(grant.totals.paidCents)} paid ·{" "}
                  {formatHkd(grant.totals.approvedCents)} approved
                </span>
              </span>
            </TableCell>
            <TableCell align="right" isCompact className="hidden whitespace-nowrap lg:table-cell">
              {formatHkd(grant.totals.capCents)}
            </TableCell>
            <TableCell align="right" isCompact className="hidden whitespace-nowrap lg:table-cell">
              {formatHkd(grant.totals.requestedCents)}
            </TableCell>
            <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
              {formatHkd(grant.totals.approvedCents)}
            </TableCell>
            <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
              {formatHkd(grant.totals.paidCents)}
            </TableCell>
            <TableCell
              align="right"
              isCompact
              className="font-semibold whitespace-nowrap text-ink-900"
            >
              {formatHkd(grant.totals.remainingCents)}
              {grant.totals.releasedCents > 0n ? (
                <span className="block text-xs font-normal whitespace-normal text-ink-500">
                  {formatHkd(grant.totals.releasedCents)} released
                </span>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
        <tr className="border-t-2 border-ink-200 bg-ink-50/60 font-medium text-ink-900">
          <TableCell isCompact>
            Programme total
            <span className="block text-xs font-normal text-ink-600 lg:hidden">
              {formatHkd(budget.totals.capCents)} awarded · {formatHkd(budget.totals.paidCents)}{" "}
              paid
            </span>
          </TableCell>
          <TableCell align="right" isCompact className="hidden whitespace-nowrap lg:table-cell">
            {formatHkd(budget.totals.capCents)}
          </TableCell>
          <TableCell align="right" isCompact className="hidden whitespace-nowrap lg:table-cell">
            {formatHkd(budget.totals.requestedCents)}
          </TableCell>
          <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
            {formatHkd(budget.totals.approvedCents)}
          </TableCell>
          <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
            {formatHkd(budget.totals.paidCents)}
          </TableCell>
          <TableCell align="right" isCompact className="font-semibold whitespace-nowrap">
            {formatHkd(budget.totals.remainingCents)}
          </TableCell>
        </tr>
      </TableBody>
    </Table>
  );
}
