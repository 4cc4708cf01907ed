import Link from "next/link";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import type { ProgrammeBudget } from "@/lib/data/grants/list-programme-budgets";
import { formatHkd } from "@/lib/domain/money";

/** Each funding programme's grants in one line: awarded, requested, approved, paid, remaining. */
export function ProgrammeBudgetsTable({
  organisation,
  budgets,
}: {
  organisation: string;
  budgets: ProgrammeBudget[];
}) {
  return (
    <Table caption="Grant budgets by programme">
      <TableHead>
        <tr>
          <TableHeaderCell>Programme</TableHeaderCell>
          <TableHeaderCell align="right" isCompact className="hidden sm:table-cell">
            Grants
          </TableHeaderCell>
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
        {budgets.map((budget) => (
          <TableRow key={budget.programmeId}>
            <TableCell isCompact className="min-w-52">
              <Link
                href={`/${organisation}/grants/programmes/${budget.programmeId}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {budget.programmeName}
              </Link>
              <span className="block text-xs text-ink-500">
                Up to {formatHkd(budget.fundingCapCents, { omitZeroCents: true })} per start-up
                {budget.enrolmentsWithoutGrant > 0
                  ? ` · ${budget.enrolmentsWithoutGrant} active ${budget.enrolmentsWithoutGrant === 1 ? "enrolment" : "enrolments"} without a grant`
                  : ""}
              </span>
              <span className="block text-xs text-ink-600 lg:hidden">
                {budget.grantCount} grants · {formatHkd(budget.totals.capCents)} awarded
                <span className="md:hidden">
                  {" "}
                  · {formatHkd(budget.totals.paidCents)} paid ·{" "}
                  {formatHkd(budget.totals.approvedCents)} approved
                </span>
              </span>
            </TableCell>
            <TableCell align="right" isCompact className="hidden sm:table-cell">
              {budget.grantCount}
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
            <TableCell
              align="right"
              isCompact
              className="font-semibold whitespace-nowrap text-ink-900"
            >
              {formatHkd(budget.totals.remainingCents)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
