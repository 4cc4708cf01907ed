import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import type { CohortRow } from "@/lib/data/cohort/list-cohort";
import { getFormat, type Format } from "@/i18n/format";
import { localName } from "./local-name";
import { TranslatedStatusBadge } from "./translated-status-badge";

const SESSION_GAP_DAYS = 60;

type Translate = Awaited<ReturnType<typeof getTranslations>>;

function daysBetween(later: Date, earlier: Date): number {
  return Math.floor((later.getTime() - earlier.getTime()) / 86_400_000);
}

function LastSession({ row, now, t, f }: { row: CohortRow; now: Date; t: Translate; f: Format }) {
  if (!row.lastSessionAt) {
    return (
      <span className={row.status === "ACTIVE" ? "text-amber-700" : "text-ink-500"}>
        {t("table.noneYet")}
      </span>
    );
  }
  const gap = daysBetween(now, row.lastSessionAt);
  const isStale = row.status === "ACTIVE" && gap > SESSION_GAP_DAYS;
  return (
    <span className={isStale ? "font-medium text-amber-700" : undefined}>
      {f.date(row.lastSessionAt)}
      {isStale ? <span className="block text-xs">{t("table.daysAgo", { days: gap })}</span> : null}
      {row.sessionsThisQuarter > 0 ? (
        <span className="block text-xs font-normal text-ink-500">
          {t("table.thisQuarter", { count: row.sessionsThisQuarter })}
        </span>
      ) : null}
    </span>
  );
}

function NextMilestone({
  row,
  today,
  t,
  f,
}: {
  row: CohortRow;
  today: Date;
  t: Translate;
  f: Format;
}) {
  if (!row.nextMilestone) return <span className="text-ink-500">{t("table.nonePlanned")}</span>;
  const isOverdue = row.nextMilestone.dueOn < today;
  return (
    <span>
      <span className="line-clamp-2 text-ink-800">{row.nextMilestone.title}</span>
      <span className={`block text-xs ${isOverdue ? "font-medium text-red-700" : "text-ink-500"}`}>
        {t("table.due", { date: f.date(row.nextMilestone.dueOn) })}
        {isOverdue ? ` · ${t("table.overdue")}` : ""}
      </span>
      {row.overdueMilestones > 1 ? (
        <span className="block text-xs text-red-700">
          {t("table.overdueCount", { count: row.overdueMilestones })}
        </span>
      ) : null}
    </span>
  );
}

function Mentors({ row, t, locale }: { row: CohortRow; t: Translate; locale: string }) {
  if (row.mentors.length > 0) {
    return <>{row.mentors.map((mentor) => localName(locale, mentor)).join(", ")}</>;
  }
  return row.status === "ACTIVE" ? (
    <span className="font-medium text-amber-700">{t("table.noMentor")}</span>
  ) : (
    <span className="text-ink-500">—</span>
  );
}

/**
 * One page of enrolments with status, mentors, last session and next milestone: a table from
 * tablet width, a stacked list on a phone. Gaps an officer should act on are amber.
 */
export async function CohortTable({
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
  const [t, f, locale] = await Promise.all([getTranslations("cohort"), getFormat(), getLocale()]);
  const href = (row: CohortRow) => `/${organisation}/cohort/${row.id}`;
  const term = (row: CohortRow) =>
    `${localName(locale, row.programme)} · ${f.date(row.startsOn)} – ${f.date(row.endsOn)}`;
  return (
    <>
      <div className="hidden md:block">
        <Table caption={t("table.caption")}>
          <TableHead>
            <tr>
              <TableHeaderCell>{t("table.startup")}</TableHeaderCell>
              <TableHeaderCell>{t("table.status")}</TableHeaderCell>
              <TableHeaderCell>{t("table.mentor")}</TableHeaderCell>
              <TableHeaderCell>{t("table.lastSession")}</TableHeaderCell>
              <TableHeaderCell>{t("table.nextMilestone")}</TableHeaderCell>
            </tr>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell>
                  <Link href={href(row)} className="font-medium text-brand-700 hover:underline">
                    {localName(locale, row.startup)}
                  </Link>
                  <span className="block text-xs text-ink-500">{term(row)}</span>
                </TableCell>
                <TableCell>
                  <TranslatedStatusBadge kind="enrolment" status={row.status} />
                </TableCell>
                <TableCell>
                  <Mentors row={row} t={t} locale={locale} />
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  <LastSession row={row} now={now} t={t} f={f} />
                </TableCell>
                <TableCell className="max-w-72">
                  <NextMilestone row={row} today={today} t={t} f={f} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <ul className="divide-y divide-ink-100 md:hidden" aria-label={t("table.caption")}>
        {rows.map((row) => (
          <li key={row.id} className="px-4 py-3">
            <div className="flex items-start justify-between gap-3">
              <Link href={href(row)} className="font-medium text-brand-700 hover:underline">
                {localName(locale, row.startup)}
              </Link>
              <TranslatedStatusBadge kind="enrolment" status={row.status} />
            </div>
            <p className="text-xs text-ink-500">{term(row)}</p>
            <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-2 text-sm">
              <div>
                <dt className="text-xs text-ink-500">{t("table.mentor")}</dt>
                <dd>
                  <Mentors row={row} t={t} locale={locale} />
                </dd>
              </div>
              <div>
                <dt className="text-xs text-ink-500">{t("table.lastSession")}</dt>
                <dd>
                  <LastSession row={row} now={now} t={t} f={f} />
                </dd>
              </div>
              <div className="col-span-2">
                <dt className="text-xs text-ink-500">{t("table.nextMilestone")}</dt>
                <dd>
                  <NextMilestone row={row} today={today} t={t} f={f} />
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
