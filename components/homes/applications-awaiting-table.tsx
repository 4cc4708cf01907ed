import Link from "next/link";
import type { ProgrammeOfficerHomeData } from "@/lib/data/homes/programme-officer-home";
import { StatusBadge } from "@/components/ui/status-badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { formatHkDate } from "@/lib/domain/dates";

type AwaitingApplication = ProgrammeOfficerHomeData["awaitingAction"][number];

/** Submitted and screening applications; on a phone the call moves under the project. */
export function ApplicationsAwaitingTable({
  applications,
}: {
  applications: AwaitingApplication[];
}) {
  return (
    <Table caption="Applications awaiting action">
      <TableHead>
        <tr>
          <TableHeaderCell>Application</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell className="hidden md:table-cell">Call</TableHeaderCell>
          <TableHeaderCell className="hidden sm:table-cell">Submitted</TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {applications.map((application) => (
          <TableRow key={application.id}>
            <TableCell className="min-w-48">
              <Link
                href={`/${application.organisation.slug}/calls/${application.call.id}/applications/${application.id}`}
                className="font-medium text-ink-900 hover:text-brand-700 hover:underline"
              >
                {application.startup.name}
              </Link>
              <span className="block text-xs text-ink-600">{application.projectTitle}</span>
              <span className="mt-0.5 block font-mono text-xs text-ink-500">
                {application.reference}
              </span>
              <span className="block text-xs text-ink-500 md:hidden">{application.call.title}</span>
              {application.submittedAt ? (
                <span className="block text-xs text-ink-500 sm:hidden">
                  Submitted {formatHkDate(application.submittedAt)}
                </span>
              ) : null}
            </TableCell>
            <TableCell>
              <StatusBadge kind="application" status={application.status} />
            </TableCell>
            <TableCell className="hidden min-w-48 md:table-cell">
              {application.call.title}
            </TableCell>
            <TableCell className="hidden whitespace-nowrap sm:table-cell">
              {application.submittedAt ? formatHkDate(application.submittedAt) : "—"}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
