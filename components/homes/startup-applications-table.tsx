import type { StartupMemberHomeData } from "@/lib/data/homes/startup-member-home";
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

type StartupApplication = StartupMemberHomeData["applications"][number];

function submittedText(application: StartupApplication): string {
  return application.submittedAt
    ? `Submitted ${formatHkDate(application.submittedAt)}`
    : `Not submitted · call closes ${formatHkDate(application.call.closesAt)}`;
}

/** The start-up's applications to every operator; on a phone the call folds under the project. */
export function StartupApplicationsTable({ applications }: { applications: StartupApplication[] }) {
  return (
    <Table caption="Applications">
      <TableHead>
        <tr>
          <TableHeaderCell>Project</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell className="hidden md:table-cell">Call</TableHeaderCell>
          <TableHeaderCell className="hidden sm:table-cell">Submitted</TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {applications.map((application) => (
          <TableRow key={application.id}>
            <TableCell className="min-w-48">
              <span className="font-medium text-ink-900">{application.projectTitle}</span>
              <span className="mt-0.5 block font-mono text-xs text-ink-500">
                {application.reference}
              </span>
              <span className="block text-xs text-ink-500 md:hidden">
                {application.call.title} · {application.organisation.name}
              </span>
              <span className="block text-xs text-ink-500 sm:hidden">
                {submittedText(application)}
              </span>
            </TableCell>
            <TableCell>
              <StatusBadge kind="application" status={application.status} />
            </TableCell>
            <TableCell className="hidden min-w-48 md:table-cell">
              {application.call.title}
              <span className="block text-xs text-ink-500">{application.organisation.name}</span>
            </TableCell>
            <TableCell className="hidden whitespace-nowrap sm:table-cell">
              {application.submittedAt ? (
                formatHkDate(application.submittedAt)
              ) : (
                <span className="text-xs text-ink-500">
                  Call closes {formatHkDate(application.call.closesAt)}
                </span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
