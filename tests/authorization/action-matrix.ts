import { APPLICATION_ACTIONS } from "./matrix/applications";
import { GRANT_ACTIONS } from "./matrix/grants";
import { COHORT_ACTIONS } from "./matrix/cohort";
import { MEMBER_ACTIONS } from "./matrix/members";
import { PROGRAMME_ACTIONS } from "./matrix/programmes";
import { MILESTONE_ACTIONS } from "./matrix/milestones";
import { NOTIFICATION_ACTIONS } from "./matrix/notifications";
import { REVIEW_ACTIONS } from "./matrix/reviews";
import { STARTUP_ACTIONS } from "./matrix/startups";
import type { ActionRow } from "./action-row";

export type { ActionRow } from "./action-row";

/**
 * The authorization matrix for server actions, as data: each action (by file and export, as
 * `.next/server/server-reference-manifest.json` names them) lists the principals allowed to
 * perform it on a tenant-A record; every other principal must be refused (404/403/401), change
 * no row and leave an `access.denied` audit event. A new action without a row fails the
 * manifest check in tests/e2e/authorization-manifest.spec.ts.
 */

export const ACTION_MATRIX: readonly ActionRow[] = [
  ...MEMBER_ACTIONS,
  ...APPLICATION_ACTIONS,
  ...REVIEW_ACTIONS,
  ...GRANT_ACTIONS,
  ...PROGRAMME_ACTIONS,
  ...MILESTONE_ACTIONS,
  ...COHORT_ACTIONS,
  ...STARTUP_ACTIONS,
  ...NOTIFICATION_ACTIONS,
];

/**
 * Route handlers: who may call them. Non-public rows are tested in tests/integration (the
 * handlers' service functions) and refuse with 401/403/404 like the actions do.
 */
export const ROUTE_MATRIX = [
  { route: "/api/health", methods: ["GET"], access: "public: liveness, reveals nothing" },
  {
    route: "/api/auth/[...nextauth]",
    methods: ["GET", "POST"],
    access: "public: next-auth (CSRF-protected)",
  },
  {
    route: "/api/[org]/calls/[callId]/export",
    methods: ["GET"],
    access:
      "operator admins and programme officers of [org] (application.export), for a call of [org]; anyone else and any other call 404 (tests/integration/reviews/call-export.test.ts)",
  },
  {
    route: "/api/[org]/reviews/export",
    methods: ["GET"],
    access:
      "operator admins and programme officers of [org] (application.export): the operator's review assignments; anyone else 404 (tests/integration/reviews/review-queue-pages.test.ts)",
  },
  {
    route: "/api/[org]/programmes/export",
    methods: ["GET"],
    access:
      "operator admins and programme officers of [org] (programme.manage): the operator's programmes; anyone else 404 (tests/integration/programmes/programmes-list.test.ts)",
  },
  {
    route: "/api/[org]/grants/export",
    methods: ["GET"],
    access:
      "operator admins, programme officers and finance approvers of [org] (grant.report), for a programme of [org]; anyone else and any other programme 404 (tests/integration/grants/export-csv.test.ts)",
  },
  {
    route: "/api/[org]/disbursements/export",
    methods: ["GET"],
    access:
      "operator admins, programme officers and finance approvers of [org] (grant.report), the tranche queue's filters; anyone else 404 (tests/integration/grants/tranche-queue.test.ts)",
  },
  {
    route: "/api/[org]/members/export",
    methods: ["GET"],
    access:
      "operator admins of [org] (member.invite), the members list's filters; anyone else 404 (tests/integration/members/members-list.test.ts)",
  },
  {
    route: "/api/[org]/cohort/export",
    methods: ["GET"],
    access:
      "programme officers of [org] (enrolment.manage), the cohort under the page's filters; anyone else 404 (tests/integration/cohort/cohort-lists.test.ts)",
  },
  {
    route: "/api/[org]/mentors/export",
    methods: ["GET"],
    access:
      "programme officers of [org] (mentor.assign), the mentor pool under the page's filters; anyone else 404 (tests/integration/cohort/cohort-lists.test.ts)",
  },
  {
    route: "/api/[org]/coaching/export",
    methods: ["GET"],
    access:
      "programme officers of [org] (enrolment.manage), coaching sessions without private notes; an enrolment of another operator and anyone else 404 (tests/integration/coaching/session-lists.test.ts)",
  },
  {
    route: "/api/[org]/milestones/export",
    methods: ["GET"],
    access:
      "programme officers of [org] (milestone.assess), [org]'s milestones only; anyone else 404 with a denial event (tests/integration/milestones/export.test.ts)",
  },
  {
    route: "/api/[org]/partner-cohort/export",
    methods: ["GET"],
    access:
      "partner members of the partner [org] only: its programmes' start-ups, milestone/coaching columns only where consented; anyone else 404 (tests/integration/partner/cohort-export.test.ts)",
  },
  {
    route: "/api/attachments",
    methods: ["POST"],
    access:
      "member with the upload target's permission on a record it may change (lib/uploads/targets); others 401/403/404 (tests/integration/uploads)",
  },
  {
    route: "/api/attachments/[id]",
    methods: ["DELETE", "GET"],
    access:
      "GET: whoever row-level security shows the file to (operator, uploading start-up, consented partner: logged); DELETE: as upload; others 401/404",
  },
  {
    route: "/api/coaching/sessions/[sessionId]/ics",
    methods: ["GET"],
    access:
      "parties to the session only: its mentor (in the operator) and the start-up's members; anyone else 404, no session 401 (tests/integration/coaching/calendar.test.ts)",
  },
  {
    route: "/api/coaching/ics",
    methods: ["GET"],
    access:
      "a mentor's own / a start-up's upcoming sessions; other roles 404, no session 401 (tests/integration/coaching/calendar.test.ts)",
  },
] as const;
