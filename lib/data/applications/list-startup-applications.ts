import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { cursorDate, decodeCursor, PAGE_SIZE, takePage } from "@/lib/pagination/cursor";

export type StartupApplicationRow = Awaited<ReturnType<typeof listStartupApplications>>[number];

const SELECT = {
  id: true,
  reference: true,
  projectTitle: true,
  status: true,
  submittedAt: true,
  createdAt: true,
  updatedAt: true,
  call: { select: { title: true, titleZh: true, closesAt: true } },
  organisation: { select: { name: true, nameZh: true } },
} satisfies Prisma.ApplicationSelect;

/** The start-up's own applications to every operator, newest first (all of them). */
export async function listStartupApplications(startupId: string) {
  return db.application.findMany({
    where: { startupId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: SELECT,
  });
}

/**
 * One page (50) of the start-up's applications, newest first (created, then id), optionally of
 * one status, and the next page's cursor.
 */
export async function listStartupApplicationsPage(
  startupId: string,
  {
    status,
    cursor,
    size = PAGE_SIZE,
  }: { status?: ApplicationStatus; cursor?: string; size?: number } = {},
) {
  const parts = decodeCursor(cursor, 2);
  const createdAt = cursorDate(parts?.[0]);
  const where: Prisma.ApplicationWhereInput = { startupId, ...(status ? { status } : {}) };
  const rows = await db.application.findMany({
    where:
      parts && createdAt
        ? {
            AND: [
              where,
              {
                OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: String(parts[1]) } }],
              },
            ],
          }
        : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: size + 1,
    select: SELECT,
  });
  return takePage(rows, (row) => [row.createdAt.toISOString(), row.id], size);
}

/** How many applications the start-up has in each status (SQL aggregation). */
export async function countStartupApplications(startupId: string) {
  const rows = await db.application.groupBy({
    by: ["status"],
    where: { startupId },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((row) => [row.status, row._count._all])) as Partial<
    Record<ApplicationStatus, number>
  >;
}
