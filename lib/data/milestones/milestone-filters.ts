import type { Prisma } from "@/lib/generated/prisma/client";
import { EnrolmentStatus, MilestoneCategory, MilestoneStatus } from "@/lib/generated/prisma/enums";
import { addDays } from "@/lib/domain/dates";
import { DUE_SOON_DAYS } from "@/lib/domain/milestone-overdue";
import type { MilestoneReach } from "./find-milestone-for-change";
import { enrolmentReachWhere } from "./milestone-reach";

/** Statuses in which something is still expected (ACHIEVED and MISSED are closed). */
export const OPEN_MILESTONE_STATUSES = ["PLANNED", "IN_PROGRESS", "DELAYED", "SUBMITTED"] as const;

/**
 * The officer's milestone filters, as GET parameters: `programme`, `enrolment` (enrolment
 * status), `status` (milestone status), `category`, `overdue=1` and `q` (start-up name). The
 * milestone filters narrow the milestones counted per start-up (and exported); a start-up is
 * listed only when at least one of its milestones matches them.
 */
export type MilestoneFilters = {
  programmeId?: string;
  enrolmentStatus?: EnrolmentStatus;
  status?: MilestoneStatus;
  category?: MilestoneCategory;
  isOverdueOnly: boolean;
  search?: string;
};

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

function read(searchParams: SearchParams, name: string): string | undefined {
  if (searchParams instanceof URLSearchParams) return searchParams.get(name) ?? undefined;
  const value = searchParams[name];
  return Array.isArray(value) ? value[0] : value;
}

function oneOf<T extends string>(values: Record<string, T>, value: string | undefined) {
  return value && (Object.values(values) as string[]).includes(value) ? (value as T) : undefined;
}

/** The filters of a page's search params; anything malformed is ignored, never passed on. */
export function readMilestoneFilters(searchParams: SearchParams): MilestoneFilters {
  const programme = read(searchParams, "programme")?.trim();
  const search = read(searchParams, "q")?.trim().slice(0, 100);
  return {
    programmeId: programme && /^[A-Za-z0-9_-]{1,64}$/.test(programme) ? programme : undefined,
    enrolmentStatus: oneOf(EnrolmentStatus, read(searchParams, "enrolment")),
    status: oneOf(MilestoneStatus, read(searchParams, "status")),
    category: oneOf(MilestoneCategory, read(searchParams, "category")),
    isOverdueOnly: read(searchParams, "overdue") === "1",
    search: search || undefined,
  };
}

/** Whether any filter narrows the milestones themselves (not only the start-ups). */
export function hasMilestoneFilter(filters: MilestoneFilters): boolean {
  return Boolean(filters.status || filters.category || filters.isOverdueOnly);
}

/** The milestones the filters keep (status, category, overdue as of `today`, Hong Kong). */
export function milestoneFilterWhere(
  filters: MilestoneFilters,
  today: Date,
): Prisma.MilestoneWhereInput {
  const where: Prisma.MilestoneWhereInput[] = [];
  if (filters.status) where.push({ status: filters.status });
  if (filters.category) where.push({ category: filters.category });
  if (filters.isOverdueOnly) {
    where.push({ status: { in: [...OPEN_MILESTONE_STATUSES] }, dueOn: { lt: today } });
  }
  return where.length > 0 ? { AND: where } : {};
}

/** The enrolments the reader reaches that the filters keep (the milestone filters: at least one match). */
export function enrolmentFilterWhere(
  reach: MilestoneReach,
  filters: MilestoneFilters,
  today: Date,
): Prisma.EnrolmentWhereInput {
  const where: Prisma.EnrolmentWhereInput[] = [enrolmentReachWhere(reach)];
  if (filters.programmeId) where.push({ programmeId: filters.programmeId });
  if (filters.enrolmentStatus) where.push({ status: filters.enrolmentStatus });
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
  if (hasMilestoneFilter(filters)) {
    where.push({ milestones: { some: milestoneFilterWhere(filters, today) } });
  }
  return { AND: where };
}

/** Overdue and due-soon windows as `where` parts (open milestones only). */
export function dueWindows(today: Date) {
  const open = { status: { in: [...OPEN_MILESTONE_STATUSES] } };
  return {
    overdue: { ...open, dueOn: { lt: today } } satisfies Prisma.MilestoneWhereInput,
    dueSoon: {
      ...open,
      dueOn: { gte: today, lte: addDays(today, DUE_SOON_DAYS) },
    } satisfies Prisma.MilestoneWhereInput,
  };
}
