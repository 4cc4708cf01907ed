import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProgrammeKind, ProgrammeStatus } from "@/lib/generated/prisma/enums";
import { decodeCursor, firstParam, PAGE_SIZE, takePage } from "@/lib/pagination/cursor";

export type ProgrammeListRow = Awaited<ReturnType<typeof listProgrammes>>[number];

const STATUSES = ["DRAFT", "ACTIVE", "ARCHIVED"] as const satisfies readonly ProgrammeStatus[];
const KINDS = [
  "INCUBATION",
  "CO_INCUBATION",
  "ACCELERATOR",
] as const satisfies readonly ProgrammeKind[];

/** The officer's filters of the programmes list: status, kind, and a name search. */
export type ProgrammeFilters = { status?: ProgrammeStatus; kind?: ProgrammeKind; search?: string };

/** Filters from `?status=&kind=&q=`; unknown values are ignored. */
export function readProgrammeFilters(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): ProgrammeFilters {
  const get = (name: string) =>
    params instanceof URLSearchParams ? (params.get(name) ?? undefined) : firstParam(params, name);
  const status = get("status") ?? "";
  const kind = get("kind") ?? "";
  const search = get("q")?.trim().slice(0, 100);
  return {
    status: (STATUSES as readonly string[]).includes(status)
      ? (status as ProgrammeStatus)
      : undefined,
    kind: (KINDS as readonly string[]).includes(kind) ? (kind as ProgrammeKind) : undefined,
    search: search ? search : undefined,
  };
}

/** The `where` of the operator's programmes under the filters. */
export function programmesWhere(
  organisationId: string,
  filters: ProgrammeFilters = {},
): Prisma.ProgrammeWhereInput {
  return {
    organisationId,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.search
      ? {
          OR: [
            { name: { contains: filters.search, mode: "insensitive" } },
            { nameZh: { contains: filters.search } },
          ],
        }
      : {}),
  };
}

/** How many calls each programme card lists (the newest); the programme's page has them all. */
export const CALLS_PER_PROGRAMME = 5;

/**
 * The operator's programmes by name (then id), with their newest calls, call count, partners
 * and enrolment count. With `page`, one page after `page.cursor` and the next page's cursor.
 */
export async function listProgrammesPage(
  organisationId: string,
  filters: ProgrammeFilters = {},
  { cursor, size = PAGE_SIZE }: { cursor?: string; size?: number } = {},
) {
  const after = decodeCursor(cursor, 2);
  const where = programmesWhere(organisationId, filters);
  const rows = await listProgrammes(organisationId, {
    where: after
      ? {
          AND: [
            where,
            {
              OR: [
                { name: { gt: String(after[0]) } },
                { name: String(after[0]), id: { gt: String(after[1]) } },
              ],
            },
          ],
        }
      : where,
    take: size + 1,
  });
  return takePage(rows, (row) => [row.name, row.id], size);
}

/** The operator's programmes (all, or under `where`), by name, with their calls and partners. */
export async function listProgrammes(
  organisationId: string,
  { where, take }: { where?: Prisma.ProgrammeWhereInput; take?: number } = {},
) {
  const programmes = await db.programme.findMany({
    where: where ?? { organisationId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    ...(take ? { take } : {}),
    select: {
      id: true,
      name: true,
      nameZh: true,
      kind: true,
      status: true,
      focusAreas: true,
      fundingCapCents: true,
      durationMonths: true,
      partners: { select: { partner: { select: { name: true, nameZh: true } } } },
      calls: {
        orderBy: [{ opensAt: "desc" }, { id: "asc" }],
        take: CALLS_PER_PROGRAMME,
        select: {
          id: true,
          title: true,
          titleZh: true,
          status: true,
          opensAt: true,
          closesAt: true,
        },
      },
      _count: { select: { enrolments: true, calls: true } },
    },
  });
  return programmes.map((programme) => ({
    ...programme,
    partnerNames: programme.partners.map((link) => link.partner.name),
    enrolmentCount: programme._count.enrolments,
    callCount: programme._count.calls,
  }));
}

/** The operator's programmes under the filters, for the CSV export (bounded columns, all rows). */
export async function listProgrammesForExport(organisationId: string, filters: ProgrammeFilters) {
  return db.programme.findMany({
    where: programmesWhere(organisationId, filters),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      name: true,
      nameZh: true,
      kind: true,
      status: true,
      focusAreas: true,
      fundingCapCents: true,
      durationMonths: true,
      partners: { select: { partner: { select: { name: true } } } },
      _count: { select: { enrolments: true, calls: true } },
    },
  });
}
