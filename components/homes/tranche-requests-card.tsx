import type { ProgrammeOfficerHomeData } from "@/lib/data/homes/programme-officer-home";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
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

/** Tranche requests waiting for the officer's first signature, oldest first. */
export function TrancheRequestsCard({
  requested,
}: {
  requested: ProgrammeOfficerHomeData["requestedDisbursements"];
}) {
  return (
    <Card>
      <CardHeader
        title="Tranche requests awaiting your approval"
        description="First signature. Finance gives the second before anything is paid."
        action={
          requested.count > 0 ? (
            <span className="font-medium text-ink-700">
              {requested.count} {requested.count === 1 ? "request" : "requests"} ·{" "}
              {formatHkd(requested.totalCents)}
            </span>
          ) : null
        }
      />
      {requested.items.length === 0 ? (
        <CardBody>
          <EmptyState title="No tranche requests waiting.">
            New requests from start-ups will appear here.
          </EmptyState>
        </CardBody>
      ) : (
        <>
          <Table caption="Tranche requests awaiting approval">
            <TableHead>
              <tr>
                <TableHeaderCell>Start-up</TableHeaderCell>
                <TableHeaderCell align="right">Amount</TableHeaderCell>
                <TableHeaderCell className="hidden md:table-cell">Programme</TableHeaderCell>
                <TableHeaderCell className="hidden md:table-cell">Bucket</TableHeaderCell>
                <TableHeaderCell className="hidden sm:table-cell">Requested</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {requested.items.map((item) => (
                <TableRow key={item.id}>
                  <TableCell className="min-w-44">
                    <span className="font-medium text-ink-900">
                      {item.grant.enrolment.startup.name}
                    </span>
                    <span className="block text-xs text-ink-500">{item.purpose}</span>
                    <span className="mt-0.5 block text-xs text-ink-500 md:hidden">
                      {item.bucket.name} · {item.grant.enrolment.programme.name}
                    </span>
                    <span className="block text-xs text-ink-500 sm:hidden">
                      Requested {formatHkDate(item.requestedAt)} by {item.requestedBy.name}
                    </span>
                  </TableCell>
                  <TableCell align="right" className="font-medium whitespace-nowrap text-ink-900">
                    {formatHkd(item.amountCents)}
                  </TableCell>
                  <TableCell className="hidden min-w-40 md:table-cell">
                    {item.grant.enrolment.programme.name}
                  </TableCell>
                  <TableCell className="hidden min-w-32 md:table-cell">
                    {item.bucket.name}
                  </TableCell>
                  <TableCell className="hidden whitespace-nowrap sm:table-cell">
                    {formatHkDate(item.requestedAt)}
                    <span className="block text-xs text-ink-500">by {item.requestedBy.name}</span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {requested.count > requested.items.length ? (
            <p className="border-t border-ink-100 px-4 py-2.5 text-xs text-ink-500 sm:px-5">
              Showing the oldest {requested.items.length} of {requested.count} requests.
            </p>
          ) : null}
        </>
      )}
    </Card>
  );
}
