import { Badge } from "@/components/ui/badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { describeAuditAction } from "@/components/audit/describe-audit-action";
import { summariseAuditChange } from "@/components/audit/summarise-audit-change";
import type { AuditEventRow } from "@/lib/data/audit/list-audit-events";
import { formatHkDateTime } from "@/lib/domain/dates";

const MAX_CHANGES_SHOWN = 5;

function ChangeSummary({ before, after }: { before: unknown; after: unknown }) {
  const changes = summariseAuditChange(before, after);
  if (changes.length === 0) return <span className="text-ink-500">—</span>;
  const shown = changes.slice(0, MAX_CHANGES_SHOWN);
  return (
    <ul className="space-y-0.5 text-xs">
      {shown.map((change) => (
        <li key={change.field}>
          <span className="text-ink-500">{change.field}: </span>
          {change.from !== undefined && change.to !== undefined ? (
            <>
              <span className="text-ink-500 line-through decoration-ink-300">{change.from}</span>
              <span aria-label="changed to"> → </span>
              <span className="font-medium text-ink-900">{change.to}</span>
            </>
          ) : change.to !== undefined ? (
            <span className="text-ink-900">{change.to}</span>
          ) : (
            <span className="text-ink-500">{change.from} (cleared)</span>
          )}
        </li>
      ))}
      {changes.length > shown.length ? (
        <li className="text-ink-500">and {changes.length - shown.length} more</li>
      ) : null}
    </ul>
  );
}

/** One page of audit events: when, who, what, on which record, and what changed. */
export function AuditEventsTable({ events }: { events: AuditEventRow[] }) {
  return (
    <Table caption="Audit events, newest first">
      <TableHead>
        <tr>
          <TableHeaderCell>Time (HKT)</TableHeaderCell>
          <TableHeaderCell>Actor</TableHeaderCell>
          <TableHeaderCell>Action</TableHeaderCell>
          <TableHeaderCell>Target</TableHeaderCell>
          <TableHeaderCell>Changes</TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {events.map((event) => (
          <TableRow key={event.id}>
            <TableCell className="whitespace-nowrap tabular-nums">
              <time dateTime={event.createdAt.toISOString()}>
                {formatHkDateTime(event.createdAt)}
              </time>
            </TableCell>
            <TableCell className="w-48 [overflow-wrap:anywhere]">
              {event.actor ? (
                <>
                  <p className="font-medium text-ink-900">{event.actor.name}</p>
                  <p className="text-xs text-ink-500">{event.actor.email}</p>
                </>
              ) : (
                <span className="text-ink-500">System</span>
              )}
            </TableCell>
            <TableCell>
              {event.action === "access.denied" ? (
                <Badge tone="danger">{describeAuditAction(event.action)}</Badge>
              ) : (
                <p className="text-ink-900">{describeAuditAction(event.action)}</p>
              )}
              <p className="font-mono text-xs text-ink-500">{event.action}</p>
            </TableCell>
            <TableCell className="w-56 [overflow-wrap:anywhere]">
              {event.targetType ? (
                <>
                  <p className="text-ink-900">{event.targetLabel ?? event.targetType}</p>
                  <p className="font-mono text-xs text-ink-500">
                    {event.targetLabel ? `${event.targetType} · ` : ""}
                    {event.targetId}
                  </p>
                </>
              ) : (
                <span className="text-ink-500">—</span>
              )}
            </TableCell>
            <TableCell className="min-w-72 [overflow-wrap:anywhere]">
              <ChangeSummary before={event.before} after={event.after} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
