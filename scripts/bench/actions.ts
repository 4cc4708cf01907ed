import type autocannon from "autocannon";
import type { DemoPersona } from "../../prisma/seed/demo-accounts";
import type { Target } from "./measure";
import type { PageContext } from "./pages";

/** What an action benchmark may use to prepare its requests. */
export type ActionContext = PageContext & {
  baseUrl: string;
  connections: number;
  /** Unique per benchmark run: keys of the rows an action inserts for itself. */
  runId: string;
  signIn: (email: string) => Promise<string>;
  /** The server action's id in this build (from its file and export name), or null. */
  actionId: (file: string, exportName: string) => string | null;
};

export type BenchAction = {
  name: string;
  persona: DemoPersona;
  /** The requests to drive, or why this action cannot be measured on this build or data. */
  prepare: (context: ActionContext) => Promise<Target | { skipped: string }>;
};

type Lease = {
  cookie: string;
  organisation: string;
  applicationId: string;
  version: number;
  /** When the request on this draft was sent; 0 when none is in flight. */
  busySince: number;
};

// A request still unanswered after this long was cut off (the end of a warm-up or a run):
// its draft is free again.
const LOST_REQUEST_MS = 20_000;

/**
 * A server action request as the browser sends it: POST to a page with the action's id in
 * `Next-Action` and the arguments as a JSON array (React's reply encoding of plain values).
 */
function serverActionHeaders(context: ActionContext, actionId: string, cookie: string) {
  return {
    "next-action": actionId,
    "content-type": "text/plain;charset=UTF-8",
    accept: "text/x-component",
    origin: context.baseUrl,
    cookie,
  };
}

/** Autosave of an application draft, each connection on its own draft (own founder, own version). */
const saveApplicationDraft: BenchAction = {
  name: "Save an application draft",
  persona: "founder",
  async prepare(context) {
    const actionId = context.actionId(
      "lib/actions/applications/save-application-draft.ts",
      "saveApplicationDraft",
    );
    if (!actionId) return { skipped: "saveApplicationDraft is used by no page of this build" };
    // Twice as many drafts as connections: one per request in flight, and spares for the
    // drafts whose last request a warm-up cut off.
    const drafts = await ensureDrafts(context, context.connections * 2);
    if (drafts.length === 0) return { skipped: "no start-up can start a draft on an open call" };
    const leases: Lease[] = [];
    for (const draft of drafts) {
      leases.push({
        cookie: await context.signIn(draft.email),
        organisation: draft.organisation,
        applicationId: draft.id,
        version: draft.version,
        busySince: 0,
      });
    }
    let failed = 0;
    let saves = 0;
    const request: autocannon.Request = {
      method: "POST",
      setupRequest(request, context_) {
        const now = Date.now();
        let index = leases.findIndex(
          (lease) => lease.busySince === 0 || now - lease.busySince > LOST_REQUEST_MS,
        );
        if (index === -1) index = saves % leases.length; // cannot happen with 2 drafts per connection
        const lease = leases[index]!;
        lease.busySince = now;
        (context_ as { lease?: number }).lease = index;
        saves++;
        return {
          ...request,
          path: `/${lease.organisation}/applications/${lease.applicationId}`,
          headers: serverActionHeaders(context, actionId, lease.cookie),
          body: JSON.stringify([
            {
              organisation: lease.organisation,
              applicationId: lease.applicationId,
              version: lease.version,
              answers: {
                technology_summary: `Benchmark autosave ${saves}: lead optimisation on track.`,
              },
            },
          ]),
        };
      },
      onResponse(status, body, context_) {
        const index = (context_ as { lease?: number }).lease ?? 0;
        const lease = leases[index]!;
        const version = /"version":(\d+)/.exec(body);
        if (
          status !== 200 ||
          !version ||
          body.includes('"serverError"') ||
          body.includes('"validationErrors"')
        )
          failed++;
        if (version) lease.version = Number(version[1]);
        lease.busySince = 0;
      },
    };
    return {
      url: `${context.baseUrl}/`,
      headers: {},
      requests: [request],
      failedAnswers: () => failed,
    };
  },
};

type Draft = { id: string; organisation: string; email: string; version: number };

/**
 * `count` drafts on open calls, each of a different start-up, made by a founder who can still
 * sign in: the data set's own where it has them, otherwise new ones (inserted as the owner,
 * like the seed) on an open call the start-up has not applied to yet.
 */
async function ensureDrafts(context: ActionContext, count: number): Promise<Draft[]> {
  const select = () =>
    context.query<Draft>(
      `select distinct on (a."startupId") a.id, o.slug as organisation, u.email, a.version
       from "Application" a
       join "Call" c on c.id = a."callId" and c.status = 'PUBLISHED' and c."closesAt" > now()
       join "Organisation" o on o.id = a."startupId"
       join "Membership" m on m."organisationId" = a."startupId" and m."userId" = a."createdById"
         and m.status = 'ACTIVE' and m.role = 'STARTUP_MEMBER'
       join "User" u on u.id = a."createdById" and u."deactivatedAt" is null
       where a.status = 'DRAFT'
       order by a."startupId", a.id limit $1`,
      [count],
    );
  const existing = await select();
  if (existing.length >= count) return existing;
  await context.query(
    `insert into "Application" (id, "organisationId", "startupId", "callId", "formId", "createdById",
       reference, "projectTitle", status, "updatedAt")
     select 'cbench' || md5($2 || pair.startup_id || pair.call_id), pair.operator_id, pair.startup_id,
       pair.call_id, pair.form_id, pair.user_id, 'BENCH-' || left(md5($2 || pair.startup_id), 8),
       'Benchmark draft', 'DRAFT', now()
     from (
       select distinct on (s.id) s.id as startup_id, c.id as call_id, c."organisationId" as operator_id,
         f.id as form_id, m."userId" as user_id
       from "Organisation" s
       join "Membership" m on m."organisationId" = s.id and m.role = 'STARTUP_MEMBER' and m.status = 'ACTIVE'
       join "Call" c on c.status = 'PUBLISHED' and c."closesAt" > now() and c."opensAt" <= now()
       join lateral (select id from "ApplicationForm" where "callId" = c.id and "publishedAt" is not null
                     order by version desc limit 1) f on true
       where s.kind = 'STARTUP'
         and not exists (select 1 from "Application" x where x."startupId" = s.id and x."callId" = c.id)
         and not exists (select 1 from "Application" d where d."startupId" = s.id and d.status = 'DRAFT')
       order by s.id, c.id, m."createdAt"
       limit $1
     ) pair`,
    [count - existing.length, context.runId],
  );
  return select();
}

/**
 * The officer's first signature on a tranche. Each request approves a tranche of its own, so
 * the benchmark first inserts that many REQUESTED HK$100 tranches (as the owner, from each
 * start-up's founder) in buckets that need no proof and no milestone and have room for them.
 */
const approveDisbursement: BenchAction = {
  name: "Approve a disbursement",
  persona: "officer",
  async prepare(context) {
    const actionId = context.actionId(
      "lib/actions/disbursements/approve-disbursement.ts",
      "approveDisbursement",
    );
    if (!actionId) return { skipped: "approveDisbursement is used by no page of this build yet" };
    const organisation = context.orgOf("officer");
    const amount = Math.max(200, context.connections * 40);
    const tranches = await context.query<{ id: string }>(
      `with room as (
         select b.id as bucket_id, g.id as grant_id, g."organisationId", e."startupId",
           least(b."capCents" - coalesce((select sum(d."amountCents") from "Disbursement" d
                   where d."bucketId" = b.id and d.status in ('APPROVED', 'FINANCE_APPROVED', 'PAID')), 0),
                 g."approvedTotalCents" - coalesce((select sum(d."amountCents") from "Disbursement" d
                   where d."grantId" = g.id and d.status in ('APPROVED', 'FINANCE_APPROVED', 'PAID')), 0)
           ) as headroom
         from "GrantBucket" b
         join "Grant" g on g.id = b."grantId" and g.status = 'ACTIVE'
         join "Enrolment" e on e.id = g."enrolmentId"
         join "Organisation" o on o.id = g."organisationId" and o.slug = $1
         where b."evidenceRule" = 'NONE' and b."gatingMilestoneCategory" is null
       ), slots as (
         select room.*, n from room, generate_series(1, 50) n
         where room.headroom >= n * 10000 * 50
       ), picked as (
         select slots.*, row_number() over (order by n, bucket_id) as number from slots limit $2
       )
       insert into "Disbursement" (id, "organisationId", "grantId", "bucketId", "amountCents", purpose,
         status, "idempotencyKey", "requestedById", "requestedAt", "updatedAt")
       select 'cbench' || md5($3 || number), picked."organisationId", grant_id, bucket_id, 10000,
         'Benchmark tranche', 'REQUESTED', 'bench-' || $3 || '-' || number,
         (select m."userId" from "Membership" m where m."organisationId" = picked."startupId"
            and m.role = 'STARTUP_MEMBER' and m.status = 'ACTIVE' order by m."createdAt" limit 1),
         now(), now()
       from picked
       returning id`,
      [organisation, amount, context.runId],
    );
    if (tranches.length === 0) return { skipped: "no active grant has room for a tranche" };
    const cookie = await context.signIn(context.emailOf("officer"));
    const queue = tranches.map((tranche) => tranche.id);
    let failed = 0;
    const request: autocannon.Request = {
      method: "POST",
      path: `/${organisation}`,
      setupRequest(request) {
        const disbursementId = queue.shift() ?? tranches[0]!.id;
        return {
          ...request,
          path: `/${organisation}/disbursements/${disbursementId}`,
          headers: serverActionHeaders(context, actionId, cookie),
          body: JSON.stringify([{ organisation, disbursementId, version: 0 }]),
        };
      },
      onResponse(status, body) {
        if (status !== 200 || body.includes('"serverError"') || body.includes('"validationErrors"'))
          failed++;
      },
    };
    return {
      url: `${context.baseUrl}/${organisation}/disbursements/${tranches[0]!.id}`,
      headers: {},
      requests: [request],
      amount: tranches.length,
      failedAnswers: () => failed,
    };
  },
};

/**
 * A mentor writes up a session that just happened with one of their start-ups (shared notes,
 * private notes, an assessment and one action item): each request logs a new session.
 */
const logCoachingSession: BenchAction = {
  name: "Log a coaching session",
  persona: "mentor",
  async prepare(context) {
    const actionId = context.actionId("lib/actions/coaching/log-session.ts", "logSession");
    if (!actionId) return { skipped: "logSession is used by no page of this build" };
    const organisation = context.orgOf("mentor");
    const [enrolment] = await context.query<{ id: string }>(
      `select a."enrolmentId" as id from "MentorAssignment" a join "User" u on u.id = a."mentorId"
       join "Organisation" o on o.id = a."organisationId"
       join "Enrolment" e on e.id = a."enrolmentId" and e.status = 'ACTIVE'
       where u.email = $1 and o.slug = $2 and a.status = 'ACTIVE'
       order by a."startsOn", a.id limit 1`,
      [context.emailOf("mentor"), organisation],
    );
    if (!enrolment) return { skipped: "the demo mentor has no active start-up" };
    const cookie = await context.signIn(context.emailOf("mentor"));
    // Yesterday, Hong Kong time: a session that has happened.
    const yesterday = new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
    let failed = 0;
    let logged = 0;
    const request: autocannon.Request = {
      method: "POST",
      path: `/${organisation}/mentoring/${enrolment.id}/log`,
      setupRequest(request) {
        logged++;
        return {
          ...request,
          headers: serverActionHeaders(context, actionId, cookie),
          body: JSON.stringify([
            {
              organisation,
              enrolmentId: enrolment.id,
              date: yesterday,
              time: "10:00",
              durationMinutes: 60,
              mode: "VIDEO",
              topics: ["REGULATORY", "CLINICAL"],
              sharedNotes: `Benchmark session ${logged}: went through the pre-IND briefing package.`,
              privateNotes: "Team is on track; CSO stretched.",
              assessmentRating: 4,
              assessmentComment: "On plan.",
              actionItems: [
                { description: "Send the revised briefing package", ownerSide: "STARTUP" },
              ],
            },
          ]),
        };
      },
      onResponse(status, body) {
        if (status !== 200 || body.includes('"serverError"') || body.includes('"validationErrors"'))
          failed++;
      },
    };
    return {
      url: `${context.baseUrl}/${organisation}/mentoring/${enrolment.id}/log`,
      headers: {},
      requests: [request],
      failedAnswers: () => failed,
    };
  },
};

/** The three key actions, measured like the pages. */
export const BENCH_ACTIONS: BenchAction[] = [
  saveApplicationDraft,
  logCoachingSession,
  approveDisbursement,
];
