import type { DemoPersona } from "../../prisma/seed/demo-accounts";

/** What a page's path may look up: the owner's database and each persona's organisation. */
export type PageContext = {
  query: <Row extends Record<string, unknown>>(sql: string, values?: unknown[]) => Promise<Row[]>;
  /** Slug of the organisation the persona lands in (its first active membership). */
  orgOf: (persona: DemoPersona) => string;
  /** Email of a demo persona. */
  emailOf: (persona: DemoPersona) => string;
};

export type BenchPage = {
  name: string;
  persona: DemoPersona;
  /** The page's folder under app/(app); the entry is skipped while it has no page.tsx. */
  route: string;
  /** The URL to load, or null when the data set has no record for it. */
  path: (context: PageContext) => Promise<string | null> | string;
};

/** `/${org}${rest}` for the persona's organisation. */
const inOrg =
  (persona: DemoPersona, rest = "") =>
  (context: PageContext) =>
    `/${context.orgOf(persona)}${rest}`;

async function first(context: PageContext, sql: string, values: unknown[]): Promise<string | null> {
  const [row] = await context.query<{ path: string }>(sql, values);
  return row?.path ?? null;
}

/** The officer's busiest call: the one with the most applications behind it. */
const busiestCall = (context: PageContext) =>
  first(
    context,
    `select c.id as path from "Call" c join "Organisation" o on o.id = c."organisationId"
     join "Application" a on a."callId" = c.id
     where o.slug = $1 group by c.id order by count(*) desc, c.id limit 1`,
    [context.orgOf("officer")],
  );

/**
 * Every main page, as the role that uses it. Add a page here when it lands in app/(app); the
 * benchmark prints the app's pages that no entry covers.
 */
export const BENCH_PAGES: BenchPage[] = [
  {
    name: "Home (operator admin)",
    persona: "operator-admin",
    route: "[org]",
    path: inOrg("operator-admin"),
  },
  { name: "Home (programme officer)", persona: "officer", route: "[org]", path: inOrg("officer") },
  { name: "Home (finance approver)", persona: "finance", route: "[org]", path: inOrg("finance") },
  { name: "Home (mentor)", persona: "mentor", route: "[org]", path: inOrg("mentor") },
  { name: "Home (partner)", persona: "partner", route: "[org]", path: inOrg("partner") },
  { name: "Home (start-up)", persona: "founder", route: "[org]", path: inOrg("founder") },
  {
    name: "Platform console",
    persona: "platform-admin",
    route: "platform",
    path: () => "/platform",
  },
  {
    name: "Members",
    persona: "operator-admin",
    route: "[org]/members",
    path: inOrg("operator-admin", "/members"),
  },
  {
    name: "Audit trail",
    persona: "operator-admin",
    route: "[org]/audit",
    path: inOrg("operator-admin", "/audit"),
  },
  {
    name: "Reviews (officer)",
    persona: "officer",
    route: "[org]/reviews",
    path: inOrg("officer", "/reviews"),
  },
  {
    name: "Review queue (mentor)",
    persona: "mentor",
    route: "[org]/reviews",
    path: inOrg("mentor", "/reviews"),
  },
  {
    name: "Review screen (mentor)",
    persona: "mentor",
    route: "[org]/reviews/[assignmentId]",
    path: async (context) => {
      const id = await first(
        context,
        `select ra.id as path from "ReviewerAssignment" ra join "User" u on u.id = ra."reviewerId"
         join "Organisation" o on o.id = ra."organisationId"
         where u.email = $1 and o.slug = $2 order by ra."createdAt" desc, ra.id limit 1`,
        [context.emailOf("mentor"), context.orgOf("mentor")],
      );
      return id && `/${context.orgOf("mentor")}/reviews/${id}`;
    },
  },
  {
    name: "Call applications",
    persona: "officer",
    route: "[org]/calls/[callId]/applications",
    path: async (context) => {
      const callId = await busiestCall(context);
      return callId && `/${context.orgOf("officer")}/calls/${callId}/applications`;
    },
  },
  {
    name: "Call results",
    persona: "officer",
    route: "[org]/calls/[callId]/results",
    path: async (context) => {
      const callId = await busiestCall(context);
      return callId && `/${context.orgOf("officer")}/calls/${callId}/results`;
    },
  },
  {
    name: "Application (officer)",
    persona: "officer",
    route: "[org]/calls/[callId]/applications/[applicationId]",
    path: async (context) => {
      const path = await first(
        context,
        `select a."callId" || '/applications/' || a.id as path from "Application" a
         join "Organisation" o on o.id = a."organisationId"
         left join "ReviewerAssignment" ra on ra."applicationId" = a.id
         where o.slug = $1 and a.status = 'IN_REVIEW'
         group by a.id order by count(ra.id) desc, a.id limit 1`,
        [context.orgOf("officer")],
      );
      return path && `/${context.orgOf("officer")}/calls/${path}`;
    },
  },
  {
    name: "Programmes",
    persona: "officer",
    route: "[org]/programmes",
    path: inOrg("officer", "/programmes"),
  },
  {
    name: "Programme",
    persona: "officer",
    route: "[org]/programmes/[programmeId]",
    path: async (context) => {
      const id = await first(
        context,
        `select p.id as path from "Programme" p join "Organisation" o on o.id = p."organisationId"
         left join "Enrolment" e on e."programmeId" = p.id
         where o.slug = $1 group by p.id order by count(e.id) desc, p.id limit 1`,
        [context.orgOf("officer")],
      );
      return id && `/${context.orgOf("officer")}/programmes/${id}`;
    },
  },
  { name: "Cohort", persona: "officer", route: "[org]/cohort", path: inOrg("officer", "/cohort") },
  {
    name: "Enrolment",
    persona: "officer",
    route: "[org]/cohort/[enrolmentId]",
    path: async (context) => {
      const id = await first(
        context,
        `select e.id as path from "Enrolment" e join "Organisation" o on o.id = e."organisationId"
         left join "CoachingSession" s on s."enrolmentId" = e.id
         where o.slug = $1 and e.status = 'ACTIVE' group by e.id order by count(s.id) desc, e.id limit 1`,
        [context.orgOf("officer")],
      );
      return id && `/${context.orgOf("officer")}/cohort/${id}`;
    },
  },
  {
    name: "Mentor pool",
    persona: "officer",
    route: "[org]/cohort/mentors",
    path: inOrg("officer", "/cohort/mentors"),
  },
  {
    name: "Milestones (officer)",
    persona: "officer",
    route: "[org]/milestones",
    path: inOrg("officer", "/milestones"),
  },
  {
    name: "Milestone plan",
    persona: "officer",
    route: "[org]/milestones/[enrolmentId]",
    path: async (context) => {
      const id = await first(
        context,
        `select e.id as path from "Enrolment" e join "Organisation" o on o.id = e."organisationId"
         join "Milestone" m on m."enrolmentId" = e.id
         where o.slug = $1 and e.status = 'ACTIVE' group by e.id order by count(*) desc, e.id limit 1`,
        [context.orgOf("officer")],
      );
      return id && `/${context.orgOf("officer")}/milestones/${id}`;
    },
  },
  {
    name: "Mentoring (mentor)",
    persona: "mentor",
    route: "[org]/mentoring",
    path: inOrg("mentor", "/mentoring"),
  },
  {
    name: "Mentored start-up",
    persona: "mentor",
    route: "[org]/mentoring/[enrolmentId]",
    path: async (context) => {
      const id = await first(
        context,
        `select a."enrolmentId" as path from "MentorAssignment" a join "User" u on u.id = a."mentorId"
         join "Organisation" o on o.id = a."organisationId"
         left join "CoachingSession" s on s."enrolmentId" = a."enrolmentId"
         where u.email = $1 and o.slug = $2 and a.status = 'ACTIVE'
         group by a."enrolmentId" order by count(s.id) desc, a."enrolmentId" limit 1`,
        [context.emailOf("mentor"), context.orgOf("mentor")],
      );
      return id && `/${context.orgOf("mentor")}/mentoring/${id}`;
    },
  },
  {
    name: "Milestones (mentor)",
    persona: "mentor",
    route: "[org]/milestones",
    path: inOrg("mentor", "/milestones"),
  },
  {
    name: "Grants (finance)",
    persona: "finance",
    route: "[org]/grants",
    path: inOrg("finance", "/grants"),
  },
  {
    name: "Grant (finance)",
    persona: "finance",
    route: "[org]/grants/[grantId]",
    path: async (context) => {
      const id = await first(
        context,
        `select g.id as path from "Grant" g join "Organisation" o on o.id = g."organisationId"
         join "Disbursement" d on d."grantId" = g.id
         where o.slug = $1 group by g.id order by count(*) desc, g.id limit 1`,
        [context.orgOf("finance")],
      );
      return id && `/${context.orgOf("finance")}/grants/${id}`;
    },
  },
  {
    name: "Programme budget",
    persona: "finance",
    route: "[org]/grants/programmes/[programmeId]",
    path: async (context) => {
      const id = await first(
        context,
        `select p.id as path from "Programme" p join "Organisation" o on o.id = p."organisationId"
         join "Enrolment" e on e."programmeId" = p.id
         where o.slug = $1 group by p.id order by count(*) desc, p.id limit 1`,
        [context.orgOf("finance")],
      );
      return id && `/${context.orgOf("finance")}/grants/programmes/${id}`;
    },
  },
  {
    name: "Milestone",
    persona: "officer",
    route: "[org]/milestones/[enrolmentId]/[milestoneId]",
    path: async (context) => {
      const path = await first(
        context,
        `select m."enrolmentId" || '/' || m.id as path from "Milestone" m
         join "Organisation" o on o.id = m."organisationId"
         join "Enrolment" e on e.id = m."enrolmentId" and e.status = 'ACTIVE'
         where o.slug = $1 and m.status = 'SUBMITTED' order by m."submittedAt" desc, m.id limit 1`,
        [context.orgOf("officer")],
      );
      return path && `/${context.orgOf("officer")}/milestones/${path}`;
    },
  },
  {
    name: "Tranches (officer)",
    persona: "officer",
    route: "[org]/disbursements",
    path: inOrg("officer", "/disbursements"),
  },
  {
    name: "Tranches (finance)",
    persona: "finance",
    route: "[org]/disbursements",
    path: inOrg("finance", "/disbursements"),
  },
  {
    name: "Tranche (finance)",
    persona: "finance",
    route: "[org]/disbursements/[id]",
    path: async (context) => {
      const id = await first(
        context,
        `select d.id as path from "Disbursement" d join "Organisation" o on o.id = d."organisationId"
         where o.slug = $1 and d.status = 'APPROVED' order by d."approvedAt" desc, d.id limit 1`,
        [context.orgOf("finance")],
      );
      return id && `/${context.orgOf("finance")}/disbursements/${id}`;
    },
  },
  {
    name: "Partner start-up",
    persona: "partner",
    route: "[org]/partner-cohort/[startupId]",
    path: async (context) => {
      const id = await first(
        context,
        `select c."startupId" as path from "DataSharingConsent" c join "Organisation" o on o.id = c."partnerId"
         where o.slug = $1 and c."withdrawnAt" is null
         group by c."startupId" order by count(*) desc, c."startupId" limit 1`,
        [context.orgOf("partner")],
      );
      return id && `/${context.orgOf("partner")}/partner-cohort/${id}`;
    },
  },
  {
    name: "Partner cohort",
    persona: "partner",
    route: "[org]/partner-cohort",
    path: inOrg("partner", "/partner-cohort"),
  },
  {
    name: "Applications (start-up)",
    persona: "founder",
    route: "[org]/applications",
    path: inOrg("founder", "/applications"),
  },
  {
    name: "Application (start-up)",
    persona: "founder",
    route: "[org]/applications/[id]",
    path: async (context) => {
      const id = await first(
        context,
        `select a.id as path from "Application" a join "Organisation" o on o.id = a."startupId"
         where o.slug = $1 order by (a.status = 'DRAFT') desc, a."updatedAt" desc, a.id limit 1`,
        [context.orgOf("founder")],
      );
      return id && `/${context.orgOf("founder")}/applications/${id}`;
    },
  },
  {
    name: "Milestones (start-up)",
    persona: "founder",
    route: "[org]/milestones",
    path: inOrg("founder", "/milestones"),
  },
  {
    name: "Coaching (start-up)",
    persona: "founder",
    route: "[org]/coaching",
    path: inOrg("founder", "/coaching"),
  },
  {
    name: "Grants (start-up)",
    persona: "founder",
    route: "[org]/grants",
    path: inOrg("founder", "/grants"),
  },
  {
    name: "Sharing (start-up)",
    persona: "founder",
    route: "[org]/sharing",
    path: inOrg("founder", "/sharing"),
  },
  { name: "Team", persona: "founder", route: "[org]/team", path: inOrg("founder", "/team") },
  { name: "Inbox", persona: "officer", route: "inbox", path: () => "/inbox" },
  { name: "Account", persona: "founder", route: "account", path: () => "/account" },
];

/** Pages that are forms or one-off steps rather than pages people keep coming back to. */
export const NOT_MAIN_PAGES = new Set([
  "bench-floor",
  "home",
  "no-access",
  "[org]/applications/[id]/review",
  "[org]/cohort/enrol/[applicationId]",
  "[org]/programmes/new",
  "[org]/programmes/[programmeId]/edit",
  "[org]/programmes/[programmeId]/calls/new",
  "[org]/calls/[callId]/setup",
  "[org]/calls/[callId]/setup/eligibility",
  "[org]/calls/[callId]/setup/form",
  "[org]/mentoring/profile",
  "[org]/mentoring/[enrolmentId]/log",
  "[org]/calls/[callId]/setup/publish",
  "[org]/calls/[callId]/setup/rubric",
  "[org]/grants/[grantId]/request",
  "[org]/grants/award/[enrolmentId]",
]);
