import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { assignmentStatusStyles } from "@/components/reviews/review-labels";
import type { ReviewerQueueItem } from "@/lib/data/reviews/list-reviewer-queue";
import { formatHkDate } from "@/lib/domain/dates";

/** The reviewer's assignments with what is left to do on each. */
export function ReviewerQueueTable({
  organisation,
  items,
}: {
  organisation: string;
  items: ReviewerQueueItem[];
}) {
  return (
    <Table caption="Applications assigned to you">
      <TableHead>
        <TableRow>
          <TableHeaderCell>Application</TableHeaderCell>
          <TableHeaderCell>Call</TableHeaderCell>
          <TableHeaderCell>Due</TableHeaderCell>
          <TableHeaderCell>Your review</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => {
          const style = assignmentStatusStyles[item.status];
          const next =
            item.status !== "ASSIGNED"
              ? null
              : item.conflictDeclaredAt
                ? item.review
                  ? "Continue draft"
                  : "Score"
                : "Declare conflicts";
          return (
            <TableRow key={item.id}>
              <TableCell>
                <Link
                  href={`/${organisation}/reviews/${item.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {item.application.projectTitle}
                </Link>
                <p className="text-xs text-ink-500">
                  {item.application.reference} · {item.application.startup.name}
                </p>
              </TableCell>
              <TableCell>
                <span className="text-ink-700">{item.application.call.title}</span>
                <div className="mt-1">
                  <StatusBadge kind="application" status={item.application.status} />
                </div>
              </TableCell>
              <TableCell>{item.dueAt ? formatHkDate(item.dueAt) : "—"}</TableCell>
              <TableCell>
                <Badge tone={style.tone}>{style.label}</Badge>
                {next ? <p className="mt-1 text-xs text-ink-500">Next: {next}</p> : null}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
