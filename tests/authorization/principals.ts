/**
 * Who tries each action in the authorization matrix. Tenant A is the operator whose records
 * are the targets; "foreign" principals belong to operator B.
 */
export const PRINCIPALS = [
  "anonymous", // no session cookie
  "deactivated-user", // valid token, user deactivated since
  "revoked-session", // valid token from before "sign out everywhere"
  "platform-admin", // platform staff: creates tenants, nothing else
  "operator-admin", // tenant A
  "programme-officer", // tenant A
  "finance-approver", // tenant A
  "mentor", // tenant A's mentor pool
  "startup-member", // a start-up in tenant A's cohort
  "partner-entitled", // partner linked to tenant A's co-incubation programme
  "partner-not-entitled", // partner with no link to tenant A
  "foreign-operator-admin", // operator admin of tenant B, using B's organisation with A's records
  "foreign-target-operator-admin", // operator admin of tenant A, naming a record of tenant B
] as const;

export type Principal = (typeof PRINCIPALS)[number];

export const SIGNED_IN_PRINCIPALS: Principal[] = PRINCIPALS.filter(
  (principal) => !["anonymous", "deactivated-user", "revoked-session"].includes(principal),
);
