import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import type { ProgrammeDetail } from "@/lib/data/programmes/get-programme";
import { formatHkDateTime } from "@/lib/domain/dates";

/** A programme's calls: window (Hong Kong time), status, applications, and where to go next. */
export function ProgrammeCallsTable({
  organisation,
  calls,
  canScreen,
}: {
  organisation: string;
  calls: ProgrammeDetail["calls"];
  /** Officers who screen also get the applications list of a published call. */
  canScreen: boolean;
}) {
  return (
    <Table caption="Calls of the programme">
      <TableHead>
        <tr>
          <TableHeaderCell>Call</TableHeaderCell>
          <TableHeaderCell>Opens – closes (HKT)</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell align="right">Submitted</TableHeaderCell>
          <TableHeaderCell>
            <span className="sr-only">Links</span>
          </TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {calls.map((call) => (
          <TableRow key={call.id}>
            <TableCell className="min-w-48">
              <Link
                href={`/${organisation}/calls/${call.id}/setup`}
                className="font-medium text-ink-900 hover:text-brand-700 hover:underline"
              >
                {call.title}
              </Link>
              {call.intakeSize ? (
                <p className="text-xs text-ink-500">{call.intakeSize} places</p>
              ) : null}
            </TableCell>
            <TableCell className="whitespace-nowrap tabular-nums">
              {formatHkDateTime(call.opensAt)}
              <br />
              {formatHkDateTime(call.closesAt)}
            </TableCell>
            <TableCell>
              <StatusBadge kind="call" status={call.status} />
            </TableCell>
            <TableCell align="right">{call.submittedCount}</TableCell>
            <TableCell className="whitespace-nowrap">
              <Link
                href={`/${organisation}/calls/${call.id}/setup`}
                className="text-brand-700 hover:underline"
              >
                Set up
              </Link>
              {canScreen && call.status !== "DRAFT" ? (
                <>
                  {" · "}
                  <Link
                    href={`/${organisation}/calls/${call.id}/applications`}
                    className="text-brand-700 hover:underline"
                  >
                    Applications
                  </Link>
                </>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
