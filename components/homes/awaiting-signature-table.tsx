import type { FinanceApproverHomeData } from "@/lib/data/homes/finance-approver-home";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { formatHkDate } from "@/lib/domain/dates";
import { formatHkd } from "@/lib/domain/money";

type AwaitingTranche = FinanceApproverHomeData["awaitingSignature"][number];

/** Officer-approved tranches waiting for finance; on a phone the details fold under the start-up. */
export function AwaitingSignatureTable({ tranches }: { tranches: AwaitingTranche[] }) {
  return (
    <Table caption="Tranches awaiting the second signature">
      <TableHead>
        <tr>
          <TableHeaderCell>Start-up</TableHeaderCell>
          <TableHeaderCell align="right">Amount</TableHeaderCell>
          <TableHeaderCell className="hidden md:table-cell">Programme</TableHeaderCell>
          <TableHeaderCell className="hidden md:table-cell">Bucket</TableHeaderCell>
          <TableHeaderCell className="hidden sm:table-cell">Requested</TableHeaderCell>
          <TableHeaderCell className="hidden sm:table-cell">First approver</TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {tranches.map((item) => (
          <TableRow key={item.id}>
            <TableCell className="min-w-44">
              <span className="font-medium text-ink-900">{item.grant.enrolment.startup.name}</span>
              <span className="block text-xs text-ink-500">{item.purpose}</span>
              <span className="mt-0.5 block text-xs text-ink-500 md:hidden">
                {item.bucket.name} · {item.grant.enrolment.programme.name}
              </span>
              <span className="block text-xs text-ink-500 sm:hidden">
                Requested {formatHkDate(item.requestedAt)} by {item.requestedBy.name}; approved by{" "}
                {item.approvedBy?.name ?? "—"}
              </span>
            </TableCell>
            <TableCell align="right" className="font-medium whitespace-nowrap text-ink-900">
              {formatHkd(item.amountCents)}
            </TableCell>
            <TableCell className="hidden min-w-40 md:table-cell">
              {item.grant.enrolment.programme.name}
            </TableCell>
            <TableCell className="hidden min-w-32 md:table-cell">{item.bucket.name}</TableCell>
            <TableCell className="hidden whitespace-nowrap sm:table-cell">
              {formatHkDate(item.requestedAt)}
              <span className="block text-xs text-ink-500">by {item.requestedBy.name}</span>
            </TableCell>
            <TableCell className="hidden whitespace-nowrap sm:table-cell">
              {item.approvedBy?.name ?? "—"}
              {item.approvedAt ? (
                <span className="block text-xs text-ink-500">{formatHkDate(item.approvedAt)}</span>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
