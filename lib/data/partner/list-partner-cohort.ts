import "server-only";
import { db } from "@/lib/db";
import {
  countMilestonesByEnrolment,
  EMPTY_COUNTS,
  type MilestoneCounts,
} from "@/lib/data/milestones/count-milestones-by-enrolment";
import { OPEN_MILESTONE_STATUSES } from "@/lib/data/milestones/milestone-filters";
import { READ_TRANSACTION } from "@/lib/data/milestones/read-transaction";
import type { Transaction } from "@/lib/data/milestones/transaction";
import { hongKongToday } from "@/lib/domain/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  ConsentCategory,
  EnrolmentStatus,
  type MilestoneStatus,
} from "@/lib/generated/prisma/enums";
import { decodeCursor, PAGE_SIZE, takePage } from "@/lib/pagination/cursor";

/** The partner's cohort filters (GET): `programme`, `status` (enrolment) and `q` (start-up name). */
export type PartnerCohortFilters = {
  programmeId?: string;
  status?: EnrolmentStatus;
  search?: string;
};

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

function read(searchParams: SearchParams, name: string): string | undefined {
  if (searchParams instanceof URLSearchParams) return searchParams.get(name) ?? undefined;
  const value = searchParams[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The filters of the page's search params; anything malformed is ignored. */
export function readPartnerCohortFilters(searchParams: SearchParams): PartnerCohortFilters {
  const programme = read(searchParams, "programme")?.trim();
  const status = read(searchParams, "status");
  const search = read(searchParams, "q")?.trim().slice(0, 100);
  return {
    programmeId: programme && /^[A-Za-z0-9_-]{1,64}$/.test(programme) ? programme : undefined,
    status:
      status && (Object.values(EnrolmentStatus) as string[]).includes(status)
        ? (status as EnrolmentStatus)
        : undefined,
    search: search || undefined,
  };
}

export type PartnerCohortEntry = {
  enrolmentId: string;
  startupId: string;
  status: EnrolmentStatus;
  startsOn: Date;
  programme: {
    id: string;
    name: string;
    nameZh: string | null;
    operator: string;
    operatorZh: string | null;
  };
  startup: {
    name: string;
    nameZh: string | null;
    leadAsset: string | null;
    pipelineStage: string | null;
  };
  /** The categories this start-up shares with this partner in this programme, now. */
  shared: ConsentCategory[];
  /** Null unless milestones are shared. */
  milestones: {
    summary: MilestoneCounts;
    next: { id: string; title: string; dueOn: Date; status: MilestoneStatus } | null;
  } | null;
  /** Null unless coaching summaries are shared: sessions whose notes were shared. */
  coachingSummaries: number | null;
};

/** The cohort's enrolments the filters keep: only programmes this partner is linked to. */
function cohortWhere(partnerId: string, filters: PartnerCohortFilters): Prisma.EnrolmentWhereInput {
  const where: Prisma.EnrolmentWhereInput[] = [
    { programme: { partners: { some: { partnerId } } } },
  ];
  if (filters.programmeId) where.push({ programmeId: filters.programmeId });
  if (filters.status) where.push({ status: filters.status });
  if (filters.search) {
    where.push({
      startup: {
        OR: [
          { name: { contains: filters.search, mode: "insensitive" } },
          { nameZh: { contains: filters.search } },
        ],
      },
    });
  }
  return { AND: where };
}

const ENROLMENT_SELECT = {
  id: true,
  programmeId: true,
  startupId: true,
  status: true,
  startsOn: true,
  programme: {
    select: {
      id: true,
      name: true,
      nameZh: true,
      organisation: { select: { name: true, nameZh: true } },
    },
  },
  startup: {
    select: {
      name: true,
      nameZh: true,
      startupProfile: { select: { leadAsset: true, pipelineStage: true } },
    },
  },
} as const satisfies Prisma.EnrolmentSelect;

type EnrolmentRow = Prisma.EnrolmentGetPayload<{ select: typeof ENROLMENT_SELECT }>;

/**
 * What the partner may see of these enrolments: the consents in force (this partner, the
 * enrolment's own programme, not withdrawn) and, only for the categories they cover, milestone
 * counts and next milestone (by aggregation) and the number of shared coaching summaries.
 * Row-level security enforces the same (policies keyed on DataSharingConsent); filtering here
 * too means a bug in one layer shows nothing more.
 */
async function describeEntries(
  tx: Transaction,
  partnerId: string,
  enrolments: readonly EnrolmentRow[],
  today: Date,
): Promise<PartnerCohortEntry[]> {
  if (enrolments.length === 0) return [];
  const consents = await tx.dataSharingConsent.findMany({
    where: {
      partnerId,
      withdrawnAt: null,
      OR: enrolments.map((e) => ({ programmeId: e.programmeId, startupId: e.startupId })),
    },
    select: { programmeId: true, startupId: true, category: true },
  });
  const sharedOf = (enrolment: EnrolmentRow) =>
    Object.values(ConsentCategory).filter((category) =>
      consents.some(
        (c) =>
          c.programmeId === enrolment.programmeId &&
          c.startupId === enrolment.startupId &&
          c.category === category,
      ),
    );
  const sharing = (category: ConsentCategory) =>
    enrolments.filter((e) => sharedOf(e).includes(category)).map((e) => e.id);
  const milestoneIds = sharing("MILESTONES");
  const coachingIds = sharing("COACHING_SUMMARIES");
  const [counts, coaching] = await Promise.all([
    countMilestonesByEnrolment(tx, milestoneIds, {}, today),
    coachingIds.length === 0
      ? Promise.resolve([])
      : tx.coachingSession.groupBy({
          by: ["enrolmentId"],
          where: {
            enrolmentId: { in: coachingIds },
            status: { in: ["LOGGED", "CONFIRMED"] },
            sharedNotes: { not: null },
          },
          _count: { _all: true },
        }),
  ]);
  const nextKeys = milestoneIds.flatMap((enrolmentId) => {
    const dueOn = counts.get(enrolmentId)?.nextDueOn;
    return dueOn ? [{ enrolmentId, dueOn }] : [];
  });
  const nextRows =
    nextKeys.length === 0
      ? []
      : await tx.milestone.findMany({
          where: { OR: nextKeys, status: { in: [...OPEN_MILESTONE_STATUSES] } },
          orderBy: [{ position: "asc" }, { id: "asc" }],
          select: { id: true, enrolmentId: true, title: true, dueOn: true, status: true },
        });
  return enrolments.map((enrolment) => {
    const shared = sharedOf(enrolment);
    const next = nextRows.find((row) => row.enrolmentId === enrolment.id);
    return {
      enrolmentId: enrolment.id,
      startupId: enrolment.startupId,
      status: enrolment.status,
      startsOn: enrolment.startsOn,
      programme: {
        id: enrolment.programme.id,
        name: enrolment.programme.name,
        nameZh: enrolment.programme.nameZh,
        operator: enrolment.programme.organisation.name,
        operatorZh: enrolment.programme.organisation.nameZh,
      },
      startup: {
        name: enrolment.startup.name,
        nameZh: enrolment.startup.nameZh,
        leadAsset: enrolment.startup.startupProfile?.leadAsset ?? null,
        pipelineStage: enrolment.startup.startupProfile?.pipelineStage ?? null,
      },
      shared,
      milestones: shared.includes("MILESTONES")
        ? {
            summary: counts.get(enrolment.id) ?? EMPTY_COUNTS,
            next: next
              ? { id: next.id, title: next.title, dueOn: next.dueOn, status: next.status }
              : null,
          }
        : null,
      coachingSummaries: shared.includes("COACHING_SUMMARIES")
        ? (coaching.find((row) => row.enrolmentId === enrolment.id)?._count._all ?? 0)
        : null,
    };
  });
}

/**
 * One page of the partner's co-incubation cohort: the start-ups enrolled in programmes the
 * partner is linked to, in start-up name order (then id), PAGE_SIZE after `cursor`, each with
 * only what it shares with this partner. Also the partner's programmes (for the filter) and
 * the number of start-ups matching.
 */
export async function listPartnerCohort(
  partnerId: string,
  filters: PartnerCohortFilters = {},
  cursor?: string,
  now: Date = new Date(),
  pageSize: number = PAGE_SIZE,
) {
  const today = hongKongToday(now);
  const where = cohortWhere(partnerId, filters);
  const [afterName, afterId] = decodeCursor(cursor, 2) ?? [];
  const cursorWhere: Prisma.EnrolmentWhereInput =
    typeof afterName === "string" && typeof afterId === "string"
      ? {
          OR: [
            { startup: { name: { gt: afterName } } },
            { startup: { name: afterName }, id: { gt: afterId } },
          ],
        }
      : {};
  return db.$transaction(async (tx) => {
    const [links, rows, total] = await Promise.all([
      tx.programmePartner.findMany({
        where: { partnerId },
        orderBy: [{ programme: { name: "asc" } }, { id: "asc" }],
        select: {
          programme: {
            select: {
              id: true,
              name: true,
              nameZh: true,
              organisation: { select: { name: true } },
            },
          },
        },
      }),
      tx.enrolment.findMany({
        where: { AND: [where, cursorWhere] },
        orderBy: [{ startup: { name: "asc" } }, { id: "asc" }],
        take: pageSize + 1,
        select: ENROLMENT_SELECT,
      }),
      tx.enrolment.count({ where }),
    ]);
    const page = takePage(rows, (row) => [row.startup.name, row.id], pageSize);
    return {
      programmes: links.map((link) => link.programme),
      items: await describeEntries(tx, partnerId, page.items, today),
      nextCursor: page.nextCursor,
      total,
    };
  }, READ_TRANSACTION);
}

export type PartnerCohort = Awaited<ReturnType<typeof listPartnerCohort>>;

/**
 * Every start-up of the partner's cohort the filters keep, for the CSV: the same consent rules
 * as the page, in pages of 500 so no single query carries thousands of ids.
 */
export async function listWholePartnerCohort(
  partnerId: string,
  filters: PartnerCohortFilters,
  now: Date = new Date(),
): Promise<PartnerCohortEntry[]> {
  const entries: PartnerCohortEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await listPartnerCohort(partnerId, filters, cursor, now, 500);
    entries.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return entries;
}
