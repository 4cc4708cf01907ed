import type { ProgrammeFundingTotals } from "@/lib/data/homes/finance-approver-home";
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

/** Awarded, approved, paid and remaining per programme; a phone shows the remaining column only. */
export function ProgrammeTotalsTable({ totals }: { totals: ProgrammeFundingTotals[] }) {
  return (
    <Table caption="Funding totals per programme">
      <TableHead>
        <tr>
          <TableHeaderCell>Programme</TableHeaderCell>
          <TableHeaderCell align="right" className="hidden sm:table-cell">
            Grants
          </TableHeaderCell>
          <TableHeaderCell align="right" className="hidden sm:table-cell">
            Awarded
          </TableHeaderCell>
          <TableHeaderCell align="right" className="hidden md:table-cell">
            Approved
          </TableHeaderCell>
          <TableHeaderCell align="right" className="hidden md:table-cell">
            Paid
          </TableHeaderCell>
          <TableHeaderCell align="right">Remaining</TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {totals.map((row) => (
          <TableRow key={row.programmeId}>
            <TableCell className="min-w-48">
              <span className="font-medium text-ink-900">{row.programmeName}</span>
              <span className="block text-xs text-ink-500 md:hidden">
                {row.grantCount} grants · {formatHkd(row.awardedCents)} awarded ·{" "}
                {formatHkd(row.paidCents)} paid · {formatHkd(row.approvedCents)} approved
              </span>
              <div className="mt-2 max-w-64">
                <ProgressBar
                  label={`${row.programmeName}: share of awarded funds paid`}
                  value={Math.round(shareOf(row.paidCents, row.awardedCents) * 100)}
                  max={100}
                />
              </div>
            </TableCell>
            <TableCell align="right" className="hidden sm:table-cell">
              {row.grantCount}
            </TableCell>
            <TableCell align="right" className="hidden whitespace-nowrap sm:table-cell">
              {formatHkd(row.awardedCents)}
            </TableCell>
            <TableCell align="right" className="hidden whitespace-nowrap md:table-cell">
              {formatHkd(row.approvedCents)}
            </TableCell>
            <TableCell align="right" className="hidden whitespace-nowrap md:table-cell">
              {formatHkd(row.paidCents)}
            </TableCell>
            <TableCell align="right" className="font-medium whitespace-nowrap text-ink-900">
              {formatHkd(row.remainingCents)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
