import type { ActionRow } from "../action-row";
import { PRINCIPALS, SIGNED_IN_PRINCIPALS } from "../principals";

/** Start-ups registering themselves, managing their own team, and clarifications on applications. */
export const STARTUP_ACTIONS: readonly ActionRow[] = [
  {
    file: "lib/actions/startups/sign-up-startup.ts",
    exportedName: "signUpStartup",
    permission: "none: public sign-up, rate-limited per client address and deployment-wide",
    // Anyone may create a new account with a new email; a session does not matter.
    allowed: PRINCIPALS,
  },
  {
    file: "lib/actions/startups/register-startup.ts",
    exportedName: "registerStartup",
    permission: "none: any signed-in user founds a start-up with their own account",
    allowed: SIGNED_IN_PRINCIPALS,
  },
  {
    file: "lib/actions/startups/invite-co-founder.ts",
    exportedName: "inviteCoFounder",
    permission: "startup_member.invite",
    allowed: ["startup-member"],
  },
  {
    file: "lib/actions/startups/revoke-co-founder-invitation.ts",
    exportedName: "revokeCoFounderInvitation",
    permission: "startup_member.invite",
    allowed: ["startup-member"],
  },
  {
    file: "lib/actions/clarifications/request-clarification.ts",
    exportedName: "requestClarification",
    permission: "application.request_clarification",
    allowed: ["programme-officer"],
  },
  {
    file: "lib/actions/clarifications/reply-to-clarification.ts",
    exportedName: "replyToClarification",
    permission: "application.reply_clarification",
    // The start-up member replies on their own start-up's application only.
    allowed: ["startup-member"],
  },
];
