import "server-only";
import { db } from "@/lib/db";
import { closeOut, grantTotals } from "@/lib/domain/disbursement-totals";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE, takePage } from "@/lib/pagination/cursor";
import type { GrantListFilters } from "./grant-list-filters";
import { loadGrantTranches } from "./load-grant-tranches";
import { READ_TRANSACTION } from "./money-transaction";

export type GrantListItem = Awaited<ReturnType<typeof listGrantsPage>>["items"][number];

function grantWhere(
  organisationId: string,
  filters: Pick<GrantListFilters, "programmeId" | "search">,
): Prisma.GrantWhereInput {
  const enrolment: Prisma.EnrolmentWhereInput = {};
  if (filters.programmeId) enrolment.programmeId = filters.programmeId;
  if (filters.search) {
    enrolment.startup = {
      OR: [
        { name: { contains: filters.search, mode: "insensitive" } },
        { nameZh: { contains: filters.search } },
      ],
    };
  }
  return { organisationId, enrolment };
}

/**
 * One page (50) of the operator's grants, by start-up name then id (ties never skip or repeat),
 * optionally in one programme or matching a name, each with its money (awarded, requested,
 * approved, paid, remaining) from the tranches of this page's grants only, summed by SQL. The
 * count is of the whole filtered list.
 */
export async function listGrantsPage(organisationId: string, filters: GrantListFilters) {
  const where = grantWhere(organisationId, filters);
  const cursor = filters.cursor;
  const pageWhere: Prisma.GrantWhereInput = cursor
    ? {
        AND: [
          where,
          {
            OR: [
              { enrolment: { startup: { name: { gt: cursor.startupName } } } },
              { enrolment: { startup: { name: cursor.startupName } }, id: { gt: cursor.id } },
            ],
          },
        ],
      }
    : where;
  const { rows, count, tranches } = await db.$transaction(async (tx) => {
    const rows = await tx.grant.findMany({
      where: pageWhere,
      orderBy: [{ enrolment: { startup: { name: "asc" } } }, { id: "asc" }],
      take: PAGE_SIZE + 1,
      select: {
        id: true,
        status: true,
        approvedTotalCents: true,
        awardedAt: true,
        enrolment: {
          select: {
            status: true,
            startup: { select: { name: true, nameZh: true } },
            programme: { select: { id: true, name: true, nameZh: true } },
          },
        },
        buckets: { select: { id: true, capCents: true } },
      },
    });
    const count = await tx.grant.count({ where });
    const ids = rows.slice(0, PAGE_SIZE).map((row) => row.id);
    const tranches = await loadGrantTranches(tx, { organisationId, grantId: { in: ids } });
    return { rows, count, tranches };
  }, READ_TRANSACTION);
  const page = takePage(rows, (row) => [row.enrolment.startup.name, row.id]);
  return {
    items: page.items.map(({ buckets, ...grant }) => {
      const { totals } = grantTotals(
        grant.approvedTotalCents,
        buckets,
        tranches.get(grant.id) ?? [],
      );
      return { ...grant, totals: grant.status === "CLOSED" ? closeOut(totals) : totals };
    }),
    nextCursor: page.nextCursor,
    totalCount: count,
  };
}
