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
import type { CohortRow } from "@/lib/data/cohort/list-cohort";
import { formatHkDate } from "@/lib/domain/dates";

const SESSION_GAP_DAYS = 60;

function daysBetween(later: Date, earlier: Date): number {
  return Math.floor((later.getTime() - earlier.getTime()) / 86_400_000);
}

function LastSession({ row, now }: { row: CohortRow; now: Date }) {
  if (!row.lastSessionAt) {
    return (
      <span className={row.status === "ACTIVE" ? "text-amber-700" : "text-ink-500"}>None yet</span>
    );
  }
  const gap = daysBetween(now, row.lastSessionAt);
  const isStale = row.status === "ACTIVE" && gap > SESSION_GAP_DAYS;
  return (
    <span className={isStale ? "font-medium text-amber-700" : undefined}>
      {formatHkDate(row.lastSessionAt)}
      {isStale ? <span className="block text-xs">{gap} days ago</span> : null}
    </span>
  );
}

function NextMilestone({ row, today }: { row: CohortRow; today: Date }) {
  if (!row.nextMilestone) return <span className="text-ink-500">None planned</span>;
  const isOverdue = row.nextMilestone.dueOn < today;
  return (
    <span>
      <span className="line-clamp-2 text-ink-800">{row.nextMilestone.title}</span>
      <span className={`block text-xs ${isOverdue ? "font-medium text-red-700" : "text-ink-500"}`}>
        due {formatHkDate(row.nextMilestone.dueOn)}
        {isOverdue ? " · overdue" : ""}
      </span>
    </span>
  );
}

function Mentors({ row }: { row: CohortRow }) {
  if (row.mentorNames.length > 0) return <>{row.mentorNames.join(", ")}</>;
  return row.status === "ACTIVE" ? (
    <span className="font-medium text-amber-700">No mentor</span>
  ) : (
    <span className="text-ink-500">—</span>
  );
}

/**
 * Every enrolment with its status, mentors, last session and next milestone: a table from
 * tablet width, a stacked list on a phone. Gaps an officer should act on are amber.
 */
export function CohortTable({
  organisation,
  rows,
  now,
  today,
}: {
  organisation: string;
  rows: CohortRow[];
  now: Date;
  today: Date;
}) {
  const href = (row: CohortRow) => `/${organisation}/cohort/${row.id}`;
  return (
    <>
      <div className="hidden md:block">
        <Table caption="Cohort">
          <TableHead>
            <tr>
              <TableHeaderCell>Start-up</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>Mentor</TableHeaderCell>
              <TableHeaderCell>Last session</TableHeaderCell>
              <TableHeaderCell>Next milestone</TableHeaderCell>
            </tr>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell>
                  <Link href={href(row)} className="font-medium text-brand-700 hover:underline">
                    {row.startup.name}
                  </Link>
                  <span className="block text-xs text-ink-500">
                    {row.programme.name} · {formatHkDate(row.startsOn)} – {formatHkDate(row.endsOn)}
                  </span>
                </TableCell>
                <TableCell>
                  <StatusBadge kind="enrolment" status={row.status} />
                </TableCell>
                <TableCell>
                  <Mentors row={row} />
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  <LastSession row={row} now={now} />
                </TableCell>
                <TableCell className="max-w-72">
                  <NextMilestone row={row} today={today} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <ul className="divide-y divide-ink-100 md:hidden">
        {rows.map((row) => (
          <li key={row.id} className="px-4 py-3">
            <div className="flex items-start justify-between gap-3">
              <Link href={href(row)} className="font-medium text-brand-700 hover:underline">
                {row.startup.name}
              </Link>
              <StatusBadge kind="enrolment" status={row.status} />
            </div>
            <p className="text-xs text-ink-500">{row.programme.name}</p>
            <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-2 text-sm">
              <div>
                <dt className="text-xs text-ink-500">Mentor</dt>
                <dd>
                  <Mentors row={row} />
                </dd>
              </div>
              <div>
                <dt className="text-xs text-ink-500">Last session</dt>
                <dd>
                  <LastSession row={row} now={now} />
                </dd>
              </div>
              <div className="col-span-2">
                <dt className="text-xs text-ink-500">Next milestone</dt>
                <dd>
                  <NextMilestone row={row} today={today} />
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
