import { getTranslations } from "next-intl/server";
import { getFormat } from "@/i18n/format";
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

const MAX_CHANGES_SHOWN = 5;

function ChangeSummary({
  before,
  after,
  t,
}: {
  before: unknown;
  after: unknown;
  t: Awaited<ReturnType<typeof getTranslations<"audit">>>;
}) {
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
              <span aria-label={t("changedTo")}> → </span>
              <span className="font-medium text-ink-900">{change.to}</span>
            </>
          ) : change.to !== undefined ? (
            <span className="text-ink-900">{change.to}</span>
          ) : (
            <span className="text-ink-500">{t("cleared", { value: change.from ?? "" })}</span>
          )}
        </li>
      ))}
      {changes.length > shown.length ? (
        <li className="text-ink-500">{t("more", { count: changes.length - shown.length })}</li>
      ) : null}
    </ul>
  );
}

/** One page of audit events: when, who, what, on which record, and what changed. */
export async function AuditEventsTable({ events }: { events: AuditEventRow[] }) {
  const t = await getTranslations("audit");
  const f = await getFormat();
  return (
    <Table caption={t("caption")}>
      <TableHead>
        <tr>
          <TableHeaderCell className="hidden md:table-cell">{t("columns.time")}</TableHeaderCell>
          <TableHeaderCell className="hidden md:table-cell">{t("columns.actor")}</TableHeaderCell>
          <TableHeaderCell>{t("columns.action")}</TableHeaderCell>
          <TableHeaderCell className="hidden lg:table-cell">{t("columns.target")}</TableHeaderCell>
          <TableHeaderCell className="hidden md:table-cell">{t("columns.changes")}</TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {events.map((event) => (
          <TableRow key={event.id}>
            <TableCell className="hidden whitespace-nowrap tabular-nums md:table-cell">
              <time dateTime={event.createdAt.toISOString()}>{f.dateTime(event.createdAt)}</time>
            </TableCell>
            <TableCell className="hidden w-48 [overflow-wrap:anywhere] md:table-cell">
              {event.actor ? (
                <>
                  <p className="font-medium text-ink-900">{event.actor.name}</p>
                  <p className="text-xs text-ink-500">{event.actor.email}</p>
                </>
              ) : (
                <span className="text-ink-500">{t("system")}</span>
              )}
            </TableCell>
            <TableCell className="[overflow-wrap:anywhere]">
              <p className="text-xs text-ink-500 tabular-nums md:hidden">
                <time dateTime={event.createdAt.toISOString()}>{f.dateTime(event.createdAt)}</time>
                {" · "}
                {event.actor ? event.actor.name : t("system")}
              </p>
              {event.action === "access.denied" ? (
                <Badge tone="danger">{describeAuditAction(event.action)}</Badge>
              ) : (
                <p className="text-ink-900">{describeAuditAction(event.action)}</p>
              )}
              <p className="font-mono text-xs text-ink-500">{event.action}</p>
              {event.targetType ? (
                <p className="text-xs text-ink-600 lg:hidden">
                  {event.targetLabel ?? event.targetType}
                </p>
              ) : null}
              <div className="mt-1 md:hidden">
                <ChangeSummary before={event.before} after={event.after} t={t} />
              </div>
            </TableCell>
            <TableCell className="hidden w-56 [overflow-wrap:anywhere] lg:table-cell">
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
            <TableCell className="hidden min-w-72 [overflow-wrap:anywhere] md:table-cell">
              <ChangeSummary before={event.before} after={event.after} t={t} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
