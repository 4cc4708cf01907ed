import type { MembershipRole } from "@/lib/generated/prisma/enums";

/** How each membership role is named to users. */
export const membershipRoleLabels: Record<MembershipRole, string> = {
  OPERATOR_ADMIN: "Operator admin",
  PROGRAMME_OFFICER: "Programme officer",
  FINANCE_APPROVER: "Finance approver",
  MENTOR: "Mentor",
  PARTNER_MEMBER: "Partner member",
  STARTUP_MEMBER: "Start-up member",
  EXTERNAL_REVIEWER: "External reviewer",
};
