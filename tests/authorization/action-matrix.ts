import type { Principal } from "./principals";
import { SIGNED_IN_PRINCIPALS } from "./principals";

/**
 * The authorization matrix for server actions, as data: each action (by file and export, as
 * `.next/server/server-reference-manifest.json` names them) lists the principals allowed to
 * perform it on a tenant-A record; every other principal must be refused (404/403/401), change
 * no row and leave an `access.denied` audit event. A new action without a row fails the
 * manifest check in tests/e2e/authorization-manifest.spec.ts.
 */
export type ActionRow = {
  file: string;
  exportedName: string;
  /** The permission in lib/auth/permissions.ts, or why none is needed. */
  permission: string;
  allowed: readonly Principal[];
};

export const ACTION_MATRIX: readonly ActionRow[] = [
  {
    file: "lib/actions/members/invite-member.ts",
    exportedName: "inviteMember",
    permission: "member.invite",
    // No target record: every operator admin may invite into their own organisation.
    allowed: ["operator-admin", "foreign-operator-admin", "foreign-target-operator-admin"],
  },
  {
    file: "lib/actions/members/revoke-invitation.ts",
    exportedName: "revokeInvitation",
    permission: "member.invite",
    allowed: ["operator-admin"],
  },
  {
    file: "lib/actions/members/change-member-role.ts",
    exportedName: "changeMemberRole",
    permission: "member.change_role",
    allowed: ["operator-admin"],
  },
  {
    file: "lib/actions/members/deactivate-membership.ts",
    exportedName: "deactivateMembership",
    permission: "member.deactivate",
    allowed: ["operator-admin"],
  },
  {
    file: "lib/actions/members/reactivate-membership.ts",
    exportedName: "reactivateMembership",
    permission: "member.deactivate",
    allowed: ["operator-admin"],
  },
  {
    file: "lib/actions/members/accept-invitation.ts",
    exportedName: "acceptInvitation",
    permission: "none: a signed-in user whose email is the invitation's",
    // The invitee is a fresh signed-in user; every other principal's email differs.
    allowed: [],
  },
  {
    file: "lib/actions/members/accept-invitation-as-new-user.ts",
    exportedName: "acceptInvitationAsNewUser",
    permission: "none: the invitation token is the credential",
    allowed: ["anonymous", "deactivated-user", "revoked-session", ...SIGNED_IN_PRINCIPALS],
  },
  {
    file: "lib/actions/account/change-password.ts",
    exportedName: "changePassword",
    permission: "none: own account only",
    allowed: SIGNED_IN_PRINCIPALS,
  },
  {
    file: "lib/actions/account/sign-out-everywhere.ts",
    exportedName: "signOutEverywhere",
    permission: "none: own account only",
    allowed: SIGNED_IN_PRINCIPALS,
  },
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
