import type { ActionRow } from "../action-row";
import { SIGNED_IN_PRINCIPALS } from "../principals";

/** Organisation members, invitations and one's own account. */
export const MEMBER_ACTIONS: readonly ActionRow[] = [
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
  {
    file: "lib/actions/preferences/set-locale.ts",
    exportedName: "setLocale",
    permission: "none: public language choice; a signed-in user's own row only",
    allowed: ["anonymous", "deactivated-user", "revoked-session", ...SIGNED_IN_PRINCIPALS],
  },
];
