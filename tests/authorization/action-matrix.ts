import { APPLICATION_ACTIONS } from "./matrix/applications";
import { MEMBER_ACTIONS } from "./matrix/members";
import { REVIEW_ACTIONS } from "./matrix/reviews";
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
];

/** Route handlers: who may call them. Both are public by design. */
export const ROUTE_MATRIX = [
  { route: "/api/health", methods: ["GET"], access: "public: liveness, reveals nothing" },
  {
    route: "/api/auth/[...nextauth]",
    methods: ["GET", "POST"],
    access: "public: next-auth (CSRF-protected)",
  },
] as const;
