import "server-only";
import { db } from "@/lib/db";
import type { CsvCell } from "@/lib/domain/csv";
import { formatHkDate, formatHkDateTime } from "@/lib/domain/dates";
import { membershipRoleLabels } from "@/lib/domain/membership-roles";
import type { CsvExport } from "@/lib/exports/csv-route";
import { memberListWhere } from "./list-members-page";
import type { MemberListFilters } from "./member-list-filters";

const HEADER = [
  "Name",
  "Name (Chinese)",
  "Email",
  "Role",
  "Status",
  "Title",
  "Member since",
  "Last sign-in (HKT)",
] as const;

/** The members list as CSV: every membership matching the page's filters, in the page's order. */
export async function buildMembersExport(
  organisationId: string,
  filters: Pick<MemberListFilters, "role" | "status" | "search">,
): Promise<CsvExport> {
  const members = await db.membership.findMany({
    where: memberListWhere(organisationId, filters),
    orderBy: [{ status: "asc" }, { user: { name: "asc" } }, { id: "asc" }],
    select: {
      role: true,
      status: true,
      title: true,
      createdAt: true,
      user: { select: { name: true, nameZh: true, email: true, lastSignInAt: true } },
    },
  });
  const rows: CsvCell[][] = members.map((member) => [
    member.user.name,
    member.user.nameZh,
    member.user.email,
    membershipRoleLabels[member.role],
    member.status === "ACTIVE" ? "Active" : "Deactivated",
    member.title,
    formatHkDate(member.createdAt),
    member.user.lastSignInAt ? formatHkDateTime(member.user.lastSignInAt) : "",
  ]);
  return { fileName: "members", header: HEADER, rows };
}
