import type { ProgrammeOfficerHomeData } from "@/lib/data/homes/programme-officer-home";
import { pipelineStatuses } from "@/lib/data/homes/programme-officer-home";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge, statusLabel } from "@/components/ui/status-badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";

type PipelineStatus = (typeof pipelineStatuses)[number];

const barClassNames: Record<PipelineStatus, string> = {
  SUBMITTED: "bg-sky-400",
  SCREENING: "bg-sky-600",
  IN_REVIEW: "bg-brand-500",
  SHORTLISTED: "bg-amber-400",
  ACCEPTED: "bg-emerald-600",
  REJECTED: "bg-red-400",
  WITHDRAWN: "bg-ink-300",
};

/** Applications per call and status, with a stacked bar showing where each call's intake stands. */
export function ApplicationPipelineTable({
  pipeline,
}: {
  pipeline: ProgrammeOfficerHomeData["pipeline"];
}) {
  if (pipeline.length === 0) {
    return (
      <div className="p-4 sm:p-5">
        <EmptyState title="No applications have been submitted yet.">
          Submitted applications appear here by call. Publish a call to start an intake.
        </EmptyState>
      </div>
    );
  }
  return (
    <Table caption="Application pipeline by call">
      <TableHead>
        <tr>
          <TableHeaderCell isCompact>Call</TableHeaderCell>
          {pipelineStatuses.map((status) => (
            <TableHeaderCell key={status} align="right" isCompact className="hidden md:table-cell">
              <span
                aria-hidden="true"
                className={`mr-1 inline-block size-2 rounded-full ${barClassNames[status]}`}
              />
              {statusLabel("application", status)}
            </TableHeaderCell>
          ))}
          <TableHeaderCell align="right" isCompact>
            Total
          </TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {pipeline.map((call) => (
          <TableRow key={call.id}>
            <TableCell isCompact className="min-w-56">
              <span className="font-medium text-ink-900">{call.title}</span>
              {call.status !== "PUBLISHED" ? (
                <span className="ml-1.5">
                  <StatusBadge kind="call" status={call.status} />
                </span>
              ) : null}
              <div
                className="mt-2 flex h-1.5 w-full overflow-hidden rounded-full bg-ink-100"
                aria-hidden="true"
              >
                {pipelineStatuses.map((status) =>
                  call.counts[status] > 0 ? (
                    <div
                      key={status}
                      className={barClassNames[status]}
                      style={{ width: `${(call.counts[status] / call.total) * 100}%` }}
                    />
                  ) : null,
                )}
              </div>
              <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-ink-600 md:hidden">
                {pipelineStatuses.map((status) =>
                  call.counts[status] > 0 ? (
                    <li key={status} className="flex items-center gap-1">
                      <span
                        aria-hidden="true"
                        className={`inline-block size-2 rounded-full ${barClassNames[status]}`}
                      />
                      {call.counts[status]} {statusLabel("application", status).toLowerCase()}
                    </li>
                  ) : null,
                )}
              </ul>
            </TableCell>
            {pipelineStatuses.map((status) => (
              <TableCell
                key={status}
                align="right"
                isCompact
                className={`hidden md:table-cell ${call.counts[status] === 0 ? "text-ink-300" : ""}`}
              >
                {call.counts[status]}
              </TableCell>
            ))}
            <TableCell align="right" isCompact className="font-semibold text-ink-900">
              {call.total}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
