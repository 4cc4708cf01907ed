import { parseAuditFilters } from "@/lib/data/audit/audit-filters";
import { listAuditEvents } from "@/lib/data/audit/list-audit-events";
import { getAuditFilterOptions } from "@/lib/data/audit/get-audit-filter-options";
import { getStartupApplicationOrThrow } from "@/lib/data/applications/get-startup-application";
import { listStartupApplications } from "@/lib/data/applications/list-startup-applications";
import { getOfficerEnrolment } from "@/lib/data/cohort/get-officer-enrolment";
import { listCohort } from "@/lib/data/cohort/list-cohort";
import { getFinanceApproverHome } from "@/lib/data/homes/finance-approver-home";
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
];
