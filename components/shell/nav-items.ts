import type { MembershipRole } from "@/lib/generated/prisma/enums";

export type NavItem = { label: string; path: string };

/**
 * The tenant navigation per role; `path` is relative to /<org>. Add a page's link here when
 * the page exists, so nobody is sent to a 404.
 */
export const navItemsByRole: Record<MembershipRole, NavItem[]> = {
  OPERATOR_ADMIN: [
    { label: "Home", path: "" },
    { label: "Programmes", path: "programmes" },
    { label: "Grants", path: "grants" },
    { label: "Members", path: "members" },
    { label: "Audit trail", path: "audit" },
  ],
  PROGRAMME_OFFICER: [
    { label: "Home", path: "" },
    { label: "Programmes", path: "programmes" },
    { label: "Reviews", path: "reviews" },
    { label: "Cohort", path: "cohort" },
    { label: "Milestones", path: "milestones" },
    { label: "Disbursements", path: "disbursements" },
    { label: "Grants", path: "grants" },
  ],
  FINANCE_APPROVER: [
    { label: "Home", path: "" },
    { label: "Disbursements", path: "disbursements" },
    { label: "Grants", path: "grants" },
  ],
  MENTOR: [
    { label: "Home", path: "" },
    { label: "Mentoring", path: "mentoring" },
    { label: "Milestones", path: "milestones" },
    { label: "Reviews", path: "reviews" },
  ],
  PARTNER_MEMBER: [
    { label: "Home", path: "" },
    { label: "Cohort", path: "partner-cohort" },
    { label: "Reviews", path: "reviews" },
  ],
  STARTUP_MEMBER: [
    { label: "Home", path: "" },
    { label: "Applications", path: "applications" },
    { label: "Milestones", path: "milestones" },
    { label: "Grant", path: "grants" },
    { label: "Coaching", path: "coaching" },
    { label: "Team", path: "team" },
    { label: "Sharing", path: "sharing" },
  ],
  EXTERNAL_REVIEWER: [{ label: "Reviews", path: "reviews" }],
};
