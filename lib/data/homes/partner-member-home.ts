import "server-only";
import { db } from "@/lib/db";
import { READ_TRANSACTION } from "@/lib/data/milestones/read-transaction";
import { addDays, hongKongToday } from "@/lib/domain/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MilestoneStatus, ProgrammeKind } from "@/lib/generated/prisma/enums";
import { dateParam, hongKongMonthWindow } from "./partner-member-home-months";

export type PartnerMemberHomeData = Awaited<ReturnType<typeof getPartnerMemberHome>>;
export type PartnerCohortStartup = PartnerMemberHomeData["startups"][number];

/** How far ahead "upcoming" milestones reach, in Hong Kong calendar days. */
export const UPCOMING_MILESTONE_DAYS = 60;
const UPCOMING_LIMIT = 10;
const UPDATES_LIMIT = 8;
/** Start-ups listed on the home; the partner-cohort page lists them all. */
export const HOME_STARTUP_LIMIT = 12;
const MONTHS = 12;

/**
 * The enrolments of the partner's linked programmes whose start-up shares `category` with this
 * partner in that programme now: the same rule as listPartnerCohort/getPartnerStartup (link,
 * then a consent that is not withdrawn) and as the RLS function app_partner_shared_enrolments,
 * so a bug in one layer shows nothing more.
 */
function sharedEnrolments(partnerId: string, category: "MILESTONES" | "COACHING_SUMMARIES") {
  return Prisma.sql`
    select e.id, e."startupId", e."programmeId", e.status
    from "Enrolment" e
    join "ProgrammePartner" pp on pp."programmeId" = e."programmeId" and pp."partnerId" = ${partnerId}
    where exists (
      select 1 from "DataSharingConsent" c
      where c."partnerId" = ${partnerId} and c."programmeId" = e."programmeId"
        and c."startupId" = e."startupId" and c.category = ${category}::"ConsentCategory"
        and c."withdrawnAt" is null
    )`;
}

type ProgrammeRow = {
  id: string;
  name: string;
  nameZh: string | null;
  kind: ProgrammeKind;
  operatorName: string;
  activeStartups: number;
  sharingStartups: number;
};
type TotalsRow = {
  activeStartups: number;
  sharingStartups: number;
  openMilestones: number;
  overdueMilestones: number;
  achievedLastYear: number;
};
type MonthRow = { month: string; achieved: number; due: number };
type UpcomingRow = {
  id: string;
  title: string;
  status: MilestoneStatus;
  dueOn: Date;
  startupId: string;
  startupName: string;
  startupNameZh: string | null;
  total: number;
};
type UpdateRow = {
  kind: "MILESTONE_ACHIEVED" | "MILESTONE_SUBMITTED" | "COACHING_SUMMARY";
  id: string;
  at: Date;
  title: string | null;
  startupId: string;
  startupName: string;
  startupNameZh: string | null;
};
type StartupRow = {
  startupId: string;
  enrolmentId: string;
  name: string;
  nameZh: string | null;
  leadAsset: string | null;
  pipelineStage: string | null;
  programmeName: string;
  programmeNameZh: string | null;
  startsOn: Date;
  isSharingMilestones: boolean;
  total: number;
  achieved: number;
  overdue: number;
};

/**
 * The partner's morning view of its co-incubation cohort: programmes with head counts, milestone
 * progress per Hong Kong month (achieved vs falling due) over the last twelve months, milestones
 * due in the next 60 days, and the latest achievements and shared coaching summaries. Every
 * milestone or session figure counts only start-ups that share that category with this partner
 * in that programme now; everything is aggregated in SQL and every list is bounded.
 */
export async function getPartnerMemberHome(partnerId: string, now: Date = new Date()) {
  const today = hongKongToday(now);
  const horizon = addDays(today, UPCOMING_MILESTONE_DAYS);
  const window = hongKongMonthWindow(now, MONTHS);
  const sharedMilestones = sharedEnrolments(partnerId, "MILESTONES");
  const sharedCoaching = sharedEnrolments(partnerId, "COACHING_SUMMARIES");

  return db.$transaction(async (tx) => {
    const programmes = await tx.$queryRaw<ProgrammeRow[]>`
      select p.id, p.name, p."nameZh", p.kind, o.name as "operatorName",
        (select count(*)::int from "Enrolment" e
          where e."programmeId" = p.id and e.status = 'ACTIVE') as "activeStartups",
        (select count(*)::int from (${sharedMilestones}) s
          where s."programmeId" = p.id and s.status = 'ACTIVE') as "sharingStartups"
      from "ProgrammePartner" pp
      join "Programme" p on p.id = pp."programmeId"
      join "Organisation" o on o.id = p."organisationId"
      where pp."partnerId" = ${partnerId}
      order by p.name, p.id`;

    const [totals] = await tx.$queryRaw<TotalsRow[]>`
      with shared as (${sharedMilestones})
      select
        (select count(*)::int from "Enrolment" e
          join "ProgrammePartner" pp on pp."programmeId" = e."programmeId" and pp."partnerId" = ${partnerId}
          where e.status = 'ACTIVE') as "activeStartups",
        (select count(*)::int from shared where status = 'ACTIVE') as "sharingStartups",
        count(*) filter (where m.status not in ('ACHIEVED', 'MISSED'))::int as "openMilestones",
        count(*) filter (where m.status not in ('ACHIEVED', 'MISSED') and m."dueOn" < ${dateParam(today)})::int
          as "overdueMilestones",
        count(*) filter (where m.status = 'ACHIEVED' and m."achievedAt" >= ${window.from})::int
          as "achievedLastYear"
      from "Milestone" m
      join shared s on s.id = m."enrolmentId"`;

    const months = await tx.$queryRaw<MonthRow[]>`
      with shared as (${sharedMilestones}),
      achieved as (
        select to_char(m."achievedAt" at time zone 'Asia/Hong_Kong', 'YYYY-MM') as month, count(*)::int as n
        from "Milestone" m join shared s on s.id = m."enrolmentId"
        where m.status = 'ACHIEVED' and m."achievedAt" >= ${window.from}
        group by 1
      ),
      due as (
        select to_char(m."dueOn", 'YYYY-MM') as month, count(*)::int as n
        from "Milestone" m join shared s on s.id = m."enrolmentId"
        where m."dueOn" >= ${dateParam(window.firstDay)} and m."dueOn" < ${dateParam(window.endDay)}
        group by 1
      )
      select coalesce(a.month, d.month) as month, coalesce(a.n, 0) as achieved, coalesce(d.n, 0) as due
      from achieved a full join due d on d.month = a.month`;

    const upcoming = await tx.$queryRaw<UpcomingRow[]>`
      with shared as (${sharedMilestones})
      select m.id, m.title, m.status, m."dueOn", s."startupId",
        o.name as "startupName", o."nameZh" as "startupNameZh",
        count(*) over ()::int as total
      from "Milestone" m
      join shared s on s.id = m."enrolmentId" and s.status = 'ACTIVE'
      join "Organisation" o on o.id = s."startupId"
      where m.status not in ('ACHIEVED', 'MISSED') and m."dueOn" >= ${dateParam(today)} and m."dueOn" <= ${dateParam(horizon)}
      order by m."dueOn", m.id
      limit ${UPCOMING_LIMIT}`;

    const updates = await tx.$queryRaw<UpdateRow[]>`
      (select case when m.status = 'ACHIEVED' then 'MILESTONE_ACHIEVED' else 'MILESTONE_SUBMITTED' end as kind,
          m.id, coalesce(m."achievedAt", m."submittedAt") as at, m.title,
          s."startupId", o.name as "startupName", o."nameZh" as "startupNameZh"
        from "Milestone" m
        join (${sharedMilestones}) s on s.id = m."enrolmentId"
        join "Organisation" o on o.id = s."startupId"
        where (m.status = 'ACHIEVED' and m."achievedAt" is not null)
           or (m.status = 'SUBMITTED' and m."submittedAt" is not null)
        order by coalesce(m."achievedAt", m."submittedAt") desc, m.id
        limit ${UPDATES_LIMIT})
      union all
      (select 'COACHING_SUMMARY' as kind, cs.id, cs."startsAt" as at, null as title,
          s."startupId", o.name as "startupName", o."nameZh" as "startupNameZh"
        from "CoachingSession" cs
        join (${sharedCoaching}) s on s.id = cs."enrolmentId"
        join "Organisation" o on o.id = s."startupId"
        where cs.status in ('LOGGED', 'CONFIRMED') and cs."sharedNotes" is not null
          and cs."startsAt" <= ${now}
        order by cs."startsAt" desc, cs.id
        limit ${UPDATES_LIMIT})
      order by at desc, id
      limit ${UPDATES_LIMIT}`;

    const startups = await tx.$queryRaw<StartupRow[]>`
      with page as (
        select e.id as "enrolmentId", e."startupId", e."programmeId", e."startsOn"
        from "Enrolment" e
        join "ProgrammePartner" pp on pp."programmeId" = e."programmeId" and pp."partnerId" = ${partnerId}
        join "Organisation" o on o.id = e."startupId"
        where e.status = 'ACTIVE'
        order by o.name, e.id
        limit ${HOME_STARTUP_LIMIT}
      ),
      shared as (${sharedMilestones})
      select page."startupId", page."enrolmentId", o.name, o."nameZh",
        sp."leadAsset", sp."pipelineStage", p.name as "programmeName", p."nameZh" as "programmeNameZh",
        page."startsOn",
        (s.id is not null) as "isSharingMilestones",
        count(m.id)::int as total,
        count(m.id) filter (where m.status = 'ACHIEVED')::int as achieved,
        count(m.id) filter (where m.status not in ('ACHIEVED', 'MISSED') and m."dueOn" < ${dateParam(today)})::int as overdue
      from page
      join "Organisation" o on o.id = page."startupId"
      join "Programme" p on p.id = page."programmeId"
      left join "StartupProfile" sp on sp."organisationId" = page."startupId"
      left join shared s on s.id = page."enrolmentId"
      left join "Milestone" m on m."enrolmentId" = s.id
      group by page."startupId", page."enrolmentId", o.name, o."nameZh", sp."leadAsset",
        sp."pipelineStage", p.name, p."nameZh", page."startsOn", s.id
      order by o.name, page."enrolmentId"`;

    const byMonth = new Map(months.map((row) => [row.month, row]));
    return {
      today,
      programmes,
      totals: totals ?? {
        activeStartups: 0,
        sharingStartups: 0,
        openMilestones: 0,
        overdueMilestones: 0,
        achievedLastYear: 0,
      },
      progress: window.months.map((month) => ({
        month,
        achieved: byMonth.get(month)?.achieved ?? 0,
        due: byMonth.get(month)?.due ?? 0,
      })),
      upcoming: upcoming.map((row) => ({
        id: row.id,
        title: row.title,
        status: row.status,
        dueOn: row.dueOn,
        startupId: row.startupId,
        startupName: row.startupName,
        startupNameZh: row.startupNameZh,
      })),
      upcomingTotal: upcoming[0]?.total ?? 0,
      updates,
      startups: startups.map((row) => ({
        startupId: row.startupId,
        enrolmentId: row.enrolmentId,
        name: row.name,
        nameZh: row.nameZh,
        leadAsset: row.leadAsset,
        pipelineStage: row.pipelineStage,
        programmeName: row.programmeName,
        programmeNameZh: row.programmeNameZh,
        startsOn: row.startsOn,
        // Null unless this start-up shares milestones with the partner in that programme.
        milestoneProgress: row.isSharingMilestones
          ? { total: row.total, achieved: row.achieved, overdue: row.overdue }
          : null,
      })),
    };
  }, READ_TRANSACTION);
}
