import type { MembershipRole } from "@/lib/generated/prisma/enums";

export type NavItem = { label: string; path: string };

/**
 * The tenant navigation per role; `path` is relative to /<org>. Add a page's link here when
 * the page exists, so nobody is sent to a 404.
 */
export const navItemsByRole: Record<MembershipRole, NavItem[]> = {
  OPERATOR_ADMIN: [
    { label: "Home", path: "" },
    { label: "Members", path: "members" },
    { label: "Audit trail", path: "audit" },
  ],
  PROGRAMME_OFFICER: [
    { label: "Home", path: "" },
    { label: "Reviews", path: "reviews" },
  ],
  FINANCE_APPROVER: [{ label: "Home", path: "" }],
  MENTOR: [
    { label: "Home", path: "" },
    { label: "Reviews", path: "reviews" },
  ],
  PARTNER_MEMBER: [{ label: "Home", path: "" }],
  STARTUP_MEMBER: [
    { label: "Home", path: "" },
    { label: "Applications", path: "applications" },
  ],
};
