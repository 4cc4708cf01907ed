import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MembershipStatus } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, takePage } from "@/lib/pagination/cursor";
import type { MemberListFilters } from "./member-list-filters";

export type MemberPageRow = Awaited<ReturnType<typeof listMembersPage>>["items"][number];

/** Statuses in the order PostgreSQL sorts the enum (its declaration order): active first. */
const STATUS_ORDER = Object.values(MembershipStatus);

/** The `where` of the members list's filters (without the cursor), shared with its CSV export. */
export function memberListWhere(
  organisationId: string,
  filters: Pick<MemberListFilters, "role" | "status" | "search">,
): Prisma.MembershipWhereInput {
  const where: Prisma.MembershipWhereInput = { organisationId };
  if (filters.role) where.role = filters.role;
  if (filters.status) where.status = filters.status;
  if (filters.search) {
    where.user = {
      OR: [
        { name: { contains: filters.search, mode: "insensitive" } },
        { nameZh: { contains: filters.search } },
        { email: { contains: filters.search, mode: "insensitive" } },
      ],
    };
  }
  return where;
}

/** Rows strictly after the cursor in (status, name, id) order. */
function afterCursor(
  cursor: NonNullable<MemberListFilters["cursor"]>,
): Prisma.MembershipWhereInput {
  const laterStatuses = STATUS_ORDER.slice(STATUS_ORDER.indexOf(cursor.status) + 1);
  return {
    OR: [
      { status: { in: laterStatuses } },
      { status: cursor.status, user: { name: { gt: cursor.name } } },
      { status: cursor.status, user: { name: cursor.name }, id: { gt: cursor.id } },
    ],
  };
}

/**
 * One page (50) of the organisation's memberships matching the filters, active first, then by
 * name and id (ties never skip or repeat), with the organisation's counts by status (SQL
 * `groupBy`, not loaded rows) and the count of the filtered list.
 */
export async function listMembersPage(organisationId: string, filters: MemberListFilters) {
  const where = memberListWhere(organisationId, filters);
  const pageWhere = filters.cursor ? { AND: [where, afterCursor(filters.cursor)] } : where;
  const { rows, matching, byStatus } = await db.$transaction(async (tx) => {
    const rows = await tx.membership.findMany({
      where: pageWhere,
      orderBy: [{ status: "asc" }, { user: { name: "asc" } }, { id: "asc" }],
      take: PAGE_SIZE + 1,
      select: {
        id: true,
        role: true,
        status: true,
        title: true,
        createdAt: true,
        user: { select: { id: true, name: true, nameZh: true, email: true, lastSignInAt: true } },
      },
    });
    const matching = await tx.membership.count({ where });
    const byStatus = await tx.membership.groupBy({
      by: ["status"],
      where: { organisationId },
      _count: { _all: true },
    });
    return { rows, matching, byStatus };
  });
  const page = takePage(rows, (row) => [row.status, row.user.name, row.id]);
  const countOf = (status: MembershipStatus) =>
    byStatus.find((group) => group.status === status)?._count._all ?? 0;
  return {
    items: page.items,
    nextCursor: page.nextCursor,
    matchingCount: matching,
    activeCount: countOf("ACTIVE"),
    deactivatedCount: countOf("DEACTIVATED"),
  };
}
