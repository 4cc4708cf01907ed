import { parseAuditFilters } from "@/lib/data/audit/audit-filters";
import { listAuditEvents } from "@/lib/data/audit/list-audit-events";
import { getAuditFilterOptions } from "@/lib/data/audit/get-audit-filter-options";
import { getStartupApplicationOrThrow } from "@/lib/data/applications/get-startup-application";
import { listStartupApplications } from "@/lib/data/applications/list-startup-applications";
import { getOfficerEnrolment } from "@/lib/data/cohort/get-officer-enrolment";
import { getCohortStats, listCohort } from "@/lib/data/cohort/list-cohort";
import { getMentorEnrolment } from "@/lib/data/coaching/get-mentor-enrolment";
import { listMentorStartups } from "@/lib/data/coaching/list-mentor-startups";
import { listStartupCoaching } from "@/lib/data/coaching/list-startup-coaching";
import { getFinanceApproverHome } from "@/lib/data/homes/finance-approver-home";
import { getProgrammeReport } from "@/lib/data/homes/officer-programme-report";
import { getMentorHome } from "@/lib/data/homes/mentor-home";
import { getOperatorAdminHome } from "@/lib/data/homes/operator-admin-home";
import { getPartnerMemberHome } from "@/lib/data/homes/partner-member-home";
import { getProgrammeOfficerHome } from "@/lib/data/homes/programme-officer-home";
import { getStartupMemberHome } from "@/lib/data/homes/startup-member-home";
import { listMembers } from "@/lib/data/members/list-members";
import { listPendingInvitations } from "@/lib/data/members/list-pending-invitations";
import { listMentorPool } from "@/lib/data/mentors/list-mentor-pool";
import { listOperatorTenants } from "@/lib/data/platform/list-operator-tenants";
import { getProgramme } from "@/lib/data/programmes/get-programme";
import { listProgrammes } from "@/lib/data/programmes/list-programmes";
import { getCallResults } from "@/lib/data/reviews/get-call-results";
import { getOfficerApplication } from "@/lib/data/reviews/get-officer-application";
import { getReviewScreen } from "@/lib/data/reviews/get-review-screen";
import { listCallsForResults } from "@/lib/data/reviews/list-calls-for-results";
import { listReviewerQueue } from "@/lib/data/reviews/list-reviewer-queue";
import { listStartupApplicationsPage } from "@/lib/data/applications/list-startup-applications";
import { getSharingSettings } from "@/lib/data/consent/get-sharing-settings";
import { getProgrammeMoney } from "@/lib/data/grants/get-programme-money";
import { parseGrantListFilters } from "@/lib/data/grants/grant-list-filters";
import { listDisbursementQueue } from "@/lib/data/grants/list-disbursement-queue";
import { listGrantsPage } from "@/lib/data/grants/list-grants-page";
import { parseTrancheQueueFilters } from "@/lib/data/grants/tranche-queue-filters";
import { listMembersPage } from "@/lib/data/members/list-members-page";
import { parseMemberListFilters } from "@/lib/data/members/member-list-filters";
import { listAssessmentQueue } from "@/lib/data/milestones/list-assessment-queue";
import { listMilestoneSummaries } from "@/lib/data/milestones/list-milestone-summaries";
import { readMilestoneFilters } from "@/lib/data/milestones/milestone-filters";
import { listPartnerCohort } from "@/lib/data/partner/list-partner-cohort";
import { listProgrammesPage } from "@/lib/data/programmes/list-programmes";
import { countCallApplications } from "@/lib/data/reviews/count-call-applications";
import { getCallScoreboard } from "@/lib/data/reviews/get-call-scoreboard";
import { listReviewerQueuePage } from "@/lib/data/reviews/list-reviewer-queue";
import { runWithTenant, type TenantContext } from "@/lib/tenancy/tenant-context";
import { testDb } from "../../setup/test-database";

/**
 * The demo personas and, for the pages that show one record, the record with the most rows
 * behind it (the busiest call, the most-reviewed application, the most-coached enrolment). Read
 * again after the scale data is loaded, so the second count runs against far bigger records.
 */
export type World = Awaited<ReturnType<typeof readWorld>>;

async function one<Row>(sql: string, ...values: unknown[]): Promise<Row> {
  const rows = await testDb().$queryRawUnsafe<Row[]>(sql, ...values);
  if (!rows[0]) throw new Error(`No row for: ${sql}`);
  return rows[0];
}

const idOf = async (sql: string, ...values: unknown[]) =>
  (await one<{ id: string }>(sql, ...values)).id;

export async function readWorld() {
  const org = (slug: string) => idOf(`select id from "Organisation" where slug = $1`, slug);
  const user = (email: string) => idOf(`select id from "User" where email = $1`, email);
  const hkstp = await org("hkstp");
  const mentor = await user("mentor@hkstp.demo");
  return {
    hkstp,
    astrazeneca: await org("astrazeneca"),
    pokfulam: await org("pokfulam-cell"),
    admin: await user("admin@hkstp.demo"),
    officer: await user("officer@hkstp.demo"),
    finance: await user("finance@hkstp.demo"),
    mentor,
    partner: await user("partner@astrazeneca.demo"),
    founder: await user("founder@pokfulamcell.demo"),
    platformAdmin: await user("platform@incubase.demo"),
    busiestCall: await idOf(
      `select "callId" as id from "Application" where "organisationId" = $1
       group by "callId" order by count(*) desc, "callId" limit 1`,
      hkstp,
    ),
    reviewedApplication: await one<{ id: string; callId: string }>(
      `select a.id, a."callId" from "Application" a join "ReviewerAssignment" r on r."applicationId" = a.id
       where a."organisationId" = $1 group by a.id order by count(*) desc, a.id limit 1`,
      hkstp,
    ),
    // Submitted, so the screen also reads the panel's scores (the most it ever reads).
    mentorAssignment: await idOf(
      `select id from "ReviewerAssignment" where "reviewerId" = $1 and "organisationId" = $2
       and status = 'SUBMITTED' order by "createdAt" desc, id limit 1`,
      mentor,
      hkstp,
    ),
    founderDraft: await idOf(
      `select a.id from "Application" a join "Organisation" o on o.id = a."startupId"
       where o.slug = 'pokfulam-cell' and a.status = 'DRAFT' order by a.id limit 1`,
    ),
    founderApplication: await idOf(
      `select a.id from "Application" a join "Organisation" o on o.id = a."startupId"
       where o.slug = 'pokfulam-cell' order by a."updatedAt" desc, a.id limit 1`,
    ),
    mentorEnrolment: await idOf(
      `select a."enrolmentId" as id from "MentorAssignment" a join "Enrolment" e on e.id = a."enrolmentId"
       where a."mentorId" = $1 and a."organisationId" = $2 and a.status = 'ACTIVE' and e.status = 'ACTIVE'
       order by a."startsOn", a.id limit 1`,
      mentor,
      hkstp,
    ),
    coachedEnrolment: await idOf(
      `select e.id from "Enrolment" e join "CoachingSession" s on s."enrolmentId" = e.id
       where e."organisationId" = $1 group by e.id order by count(*) desc, e.id limit 1`,
      hkstp,
    ),
    biggestProgramme: await idOf(
      `select p.id from "Programme" p join "Enrolment" e on e."programmeId" = p.id
       where p."organisationId" = $1 group by p.id order by count(*) desc, p.id limit 1`,
      hkstp,
    ),
  };
}

export type Probe = { name: string; run: (world: World) => Promise<unknown> };

const as = (tenant: TenantContext, fn: () => Promise<unknown>) => runWithTenant(tenant, fn);
const operator = (world: World) => ({ id: world.hkstp, kind: "OPERATOR" as const });

/** The data functions behind every main page, each run as the role that opens the page. */
export const PAGE_PROBES: Probe[] = [
  {
    name: "homes/operator-admin",
    run: (w) =>
      as({ userId: w.admin, organisationId: w.hkstp }, () => getOperatorAdminHome(w.hkstp)),
  },
  {
    name: "homes/programme-officer",
    run: (w) =>
      as({ userId: w.officer, organisationId: w.hkstp }, () => getProgrammeOfficerHome(w.hkstp)),
  },
  {
    name: "homes/finance-approver",
    run: (w) =>
      as({ userId: w.finance, organisationId: w.hkstp }, () => getFinanceApproverHome(w.hkstp)),
  },
  {
    name: "homes/mentor",
    run: (w) =>
      as({ userId: w.mentor, organisationId: w.hkstp }, () => getMentorHome(w.hkstp, w.mentor)),
  },
  {
    name: "homes/partner-member",
    run: (w) =>
      as({ userId: w.partner, organisationId: w.astrazeneca }, () =>
        getPartnerMemberHome(w.astrazeneca),
      ),
  },
  {
    name: "homes/startup-member",
    run: (w) =>
      as({ userId: w.founder, organisationId: w.pokfulam }, () => getStartupMemberHome(w.pokfulam)),
  },
  {
    name: "platform/list-operator-tenants",
    run: (w) =>
      as({ userId: w.platformAdmin, organisationId: null, isPlatformAdmin: true }, () =>
        listOperatorTenants(),
      ),
  },
  {
    name: "members/list-members",
    run: (w) => as({ userId: w.admin, organisationId: w.hkstp }, () => listMembers(w.hkstp)),
  },
  {
    name: "members/list-pending-invitations",
    run: (w) =>
      as({ userId: w.admin, organisationId: w.hkstp }, () => listPendingInvitations(w.hkstp)),
  },
  {
    name: "audit/list-audit-events",
    run: (w) =>
      as({ userId: w.admin, organisationId: w.hkstp }, () =>
        Promise.all([
          listAuditEvents(w.hkstp, parseAuditFilters({})),
          getAuditFilterOptions(w.hkstp),
        ]),
      ),
  },
  {
    name: "applications/list-startup-applications",
    run: (w) =>
      as({ userId: w.founder, organisationId: w.pokfulam }, () =>
        listStartupApplications(w.pokfulam),
      ),
  },
  {
    name: "applications/get-startup-application",
    run: (w) =>
      as({ userId: w.founder, organisationId: w.pokfulam }, () =>
        getStartupApplicationOrThrow(w.pokfulam, w.founderApplication),
      ),
  },
  {
    name: "reviews/list-reviewer-queue",
    run: (w) =>
      as({ userId: w.mentor, organisationId: w.hkstp }, () =>
        listReviewerQueue({ userId: w.mentor, organisation: operator(w) }),
      ),
  },
  {
    name: "reviews/get-review-screen",
    run: (w) =>
      as({ userId: w.mentor, organisationId: w.hkstp }, () =>
        getReviewScreen({
          reviewer: { userId: w.mentor, organisation: operator(w) },
          assignmentId: w.mentorAssignment,
        }),
      ),
  },
  {
    name: "reviews/list-calls-for-results",
    run: (w) =>
      as({ userId: w.officer, organisationId: w.hkstp }, () => listCallsForResults(w.hkstp)),
  },
  {
    name: "reviews/get-call-results",
    run: (w) =>
      as({ userId: w.officer, organisationId: w.hkstp }, () =>
        getCallResults(w.hkstp, w.busiestCall),
      ),
  },
  {
    name: "reviews/get-officer-application",
    run: (w) =>
      as({ userId: w.officer, organisationId: w.hkstp }, () =>
        getOfficerApplication({
          organisationId: w.hkstp,
          callId: w.reviewedApplication.callId,
          applicationId: w.reviewedApplication.id,
        }),
      ),
  },
  {
    name: "programmes/list-programmes",
    run: (w) => as({ userId: w.officer, organisationId: w.hkstp }, () => listProgrammes(w.hkstp)),
  },
  {
    name: "programmes/get-programme",
    run: (w) =>
      as({ userId: w.officer, organisationId: w.hkstp }, () =>
        getProgramme(w.hkstp, w.biggestProgramme),
      ),
  },
  {
    name: "programmes/programme-report",
    run: (w) =>
      as({ userId: w.officer, organisationId: w.hkstp }, () =>
        getProgrammeReport(w.hkstp, w.biggestProgramme),
      ),
  },
  {
    name: "cohort/list-cohort",
    run: (w) => as({ userId: w.officer, organisationId: w.hkstp }, () => listCohort(w.hkstp)),
  },
  {
    name: "cohort/get-officer-enrolment",
    run: (w) =>
      as({ userId: w.officer, organisationId: w.hkstp }, () =>
        getOfficerEnrolment(w.hkstp, w.coachedEnrolment),
      ),
  },
  {
    name: "mentors/list-mentor-pool",
    run: (w) => as({ userId: w.officer, organisationId: w.hkstp }, () => listMentorPool(w.hkstp)),
  },
  {
    name: "cohort/get-cohort-stats",
    run: (w) => as({ userId: w.officer, organisationId: w.hkstp }, () => getCohortStats(w.hkstp)),
  },
  {
    name: "coaching/list-mentor-startups",
    run: (w) =>
      as({ userId: w.mentor, organisationId: w.hkstp }, () =>
        listMentorStartups(w.hkstp, w.mentor),
      ),
  },
  {
    name: "coaching/get-mentor-enrolment",
    run: (w) =>
      as({ userId: w.mentor, organisationId: w.hkstp }, () =>
        getMentorEnrolment(w.hkstp, w.mentor, w.mentorEnrolment),
      ),
  },
  {
    name: "coaching/list-startup-coaching",
    run: (w) =>
      as({ userId: w.founder, organisationId: w.pokfulam }, () => listStartupCoaching(w.pokfulam)),
  },
  {
    name: "milestones/list-milestone-summaries",
    run: (w) =>
      as({ userId: w.officer, organisationId: w.hkstp }, () =>
        listMilestoneSummaries(
          { side: "OFFICER", organisationId: w.hkstp },
          readMilestoneFilters({}),
          undefined,
        ),
      ),
  },
  {
    name: "milestones/list-assessment-queue",
    run: (w) =>
      as({ userId: w.officer, organisationId: w.hkstp }, () =>
        listAssessmentQueue({ side: "OFFICER", organisationId: w.hkstp }),
      ),
  },
  {
    name: "partner/list-partner-cohort",
    run: (w) =>
      as({ userId: w.partner, organisationId: w.astrazeneca }, () =>
        listPartnerCohort(w.astrazeneca),
      ),
  },
  {
    name: "consent/get-sharing-settings",
    run: (w) =>
      as({ userId: w.founder, organisationId: w.pokfulam }, () => getSharingSettings(w.pokfulam)),
  },
  {
    name: "grants/list-disbursement-queue",
    run: (w) =>
      as({ userId: w.finance, organisationId: w.hkstp }, () =>
        listDisbursementQueue(w.hkstp, parseTrancheQueueFilters({}, "FINANCE_APPROVER"), {
          userId: w.finance,
          role: "FINANCE_APPROVER",
        }),
      ),
  },
  {
    name: "grants/list-grants-page",
    run: (w) =>
      as({ userId: w.finance, organisationId: w.hkstp }, () =>
        listGrantsPage(w.hkstp, parseGrantListFilters({})),
      ),
  },
  {
    name: "grants/get-programme-money",
    run: (w) =>
      as({ userId: w.finance, organisationId: w.hkstp }, () =>
        getProgrammeMoney(w.hkstp, w.biggestProgramme),
      ),
  },
  {
    name: "members/list-members-page",
    run: (w) =>
      as({ userId: w.admin, organisationId: w.hkstp }, () =>
        listMembersPage(w.hkstp, parseMemberListFilters({})),
      ),
  },
  {
    name: "reviews/list-reviewer-queue-page",
    run: (w) =>
      as({ userId: w.mentor, organisationId: w.hkstp }, () =>
        listReviewerQueuePage({ userId: w.mentor, organisation: operator(w) }),
      ),
  },
  {
    name: "reviews/call-applications-page",
    run: (w) =>
      as({ userId: w.officer, organisationId: w.hkstp }, () =>
        Promise.all([
          countCallApplications(w.hkstp, w.busiestCall),
          getCallScoreboard(w.hkstp, w.busiestCall, new Date(), { page: { size: 50 } }),
        ]),
      ),
  },
  {
    name: "programmes/list-programmes-page",
    run: (w) =>
      as({ userId: w.officer, organisationId: w.hkstp }, () => listProgrammesPage(w.hkstp)),
  },
  {
    name: "applications/list-startup-applications-page",
    run: (w) =>
      as({ userId: w.founder, organisationId: w.pokfulam }, () =>
        listStartupApplicationsPage(w.pokfulam),
      ),
  },
];
