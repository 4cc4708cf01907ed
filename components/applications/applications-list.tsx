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
import { formatHkDate } from "@/lib/domain/dates";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

/** What a row needs: both the applications page and the start-up home hand these over. */
export type ApplicationListRow = {
  id: string;
  reference: string;
  projectTitle: string;
  status: ApplicationStatus;
  submittedAt: Date | null;
  call: { title: string; closesAt: Date };
  organisation: { name: string };
};

function submittedText(application: ApplicationListRow): string {
  return application.submittedAt
    ? `Submitted ${formatHkDate(application.submittedAt)}`
    : `Not submitted · call closes ${formatHkDate(application.call.closesAt)}`;
}

/**
 * The start-up's applications to every operator, each linking to its form or read-only view;
 * on a phone the call and dates fold under the project.
 */
export function ApplicationsList({
  organisation,
  applications,
  caption = "Your applications",
}: {
  organisation: string;
  applications: ApplicationListRow[];
  caption?: string;
}) {
  return (
    <Table caption={caption}>
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
              <Link
                href={`/${organisation}/applications/${application.id}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {application.projectTitle}
              </Link>
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
