import type { MembershipRole } from "@/lib/generated/prisma/enums";

/**
 * Who may do what, as one table: each action lists the membership roles allowed to attempt
 * it. Being allowed here is necessary, never sufficient: the data layer still scopes every
 * record by tenant and relation (a mentor only reaches assigned start-ups, and so on).
 */
export const PERMISSIONS = {
  // Organisation administration
  "member.invite": ["OPERATOR_ADMIN"],
  "member.change_role": ["OPERATOR_ADMIN"],
  "member.deactivate": ["OPERATOR_ADMIN"],
  "audit.read": ["OPERATOR_ADMIN"],
  "startup_member.invite": ["STARTUP_MEMBER"],

  // Programmes and calls
  "programme.manage": ["OPERATOR_ADMIN", "PROGRAMME_OFFICER"],
  "call.manage": ["OPERATOR_ADMIN", "PROGRAMME_OFFICER"],

  // Applications
  "application.edit_draft": ["STARTUP_MEMBER"],
  "application.submit": ["STARTUP_MEMBER"],
  "application.withdraw": ["STARTUP_MEMBER"],
  "application.reply_clarification": ["STARTUP_MEMBER"],
  "application.screen": ["PROGRAMME_OFFICER"],
  "application.request_clarification": ["PROGRAMME_OFFICER"],
  "application.shortlist": ["PROGRAMME_OFFICER"],
  "application.decide": ["PROGRAMME_OFFICER"],
  "review.assign": ["PROGRAMME_OFFICER"],
  "application.export": ["OPERATOR_ADMIN", "PROGRAMME_OFFICER"],
  "review.score": ["PROGRAMME_OFFICER", "MENTOR", "PARTNER_MEMBER", "EXTERNAL_REVIEWER"],

  // Cohort
  "enrolment.manage": ["PROGRAMME_OFFICER"],
  "mentor.assign": ["PROGRAMME_OFFICER"],
  "mentor_profile.edit": ["MENTOR"], // their own profile in the operator's pool
  "coaching.log": ["MENTOR"],
  "coaching.confirm": ["STARTUP_MEMBER"],
  "action_item.complete": ["STARTUP_MEMBER", "MENTOR"],
  "milestone.plan": ["PROGRAMME_OFFICER", "STARTUP_MEMBER"],
  "milestone.submit_evidence": ["STARTUP_MEMBER"],
  "milestone.assess": ["PROGRAMME_OFFICER"],
  "milestone.sign_off": ["MENTOR"],
  "consent.manage": ["STARTUP_MEMBER"],
  "partner_cohort.export": ["PARTNER_MEMBER"], // only what each start-up shares with the partner

  // Money (maker-checker is enforced per record on top of this table)
  "grant.award": ["PROGRAMME_OFFICER"],
  "grant.report": ["OPERATOR_ADMIN", "PROGRAMME_OFFICER", "FINANCE_APPROVER"], // budgets, CSV
  "disbursement.request": ["STARTUP_MEMBER"],
  "disbursement.approve": ["PROGRAMME_OFFICER"],
  "disbursement.finance_approve": ["FINANCE_APPROVER"],
  "disbursement.mark_paid": ["FINANCE_APPROVER"],
  "disbursement.reject": ["PROGRAMME_OFFICER", "FINANCE_APPROVER"],
} as const satisfies Record<string, readonly MembershipRole[]>;

export type Permission = keyof typeof PERMISSIONS;

/** True when the role may attempt the action. */
export function roleCan(role: MembershipRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly MembershipRole[]).includes(role);
}

/** Every action a role may attempt, for the membership page and for tests. */
export function permissionsOf(role: MembershipRole): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) =>
    roleCan(role, permission),
  );
}
