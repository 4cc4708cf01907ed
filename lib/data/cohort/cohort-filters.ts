import type { EnrolmentStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The cohort list's filters, as the GET form and the CSV link carry them. */
export type CohortFilters = {
  /** ACTIVE unless the officer picks another tab; "ALL" shows every status. */
  status: EnrolmentStatus | "ALL";
  programmeId?: string;
  /** A mentor's user id, or "none" for start-ups without an active mentor. */
  mentor?: string;
  /** Part of the start-up's English or Chinese name. */
  search?: string;
};

export const COHORT_STATUS_TABS = ["ACTIVE", "GRADUATED", "WITHDRAWN", "ALL"] as const;

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function read(params: Params, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** An id-like parameter (cuid), or undefined: anything else is ignored, never passed on. */
function idParam(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && /^[A-Za-z0-9_-]{1,64}$/.test(trimmed) ? trimmed : undefined;
}

/** The filters of `?status=&programme=&mentor=&q=`; unknown values fall back to the default. */
export function parseCohortFilters(params: Params): CohortFilters {
  const status = read(params, "status");
  const search = read(params, "q")?.trim().slice(0, 100);
  return {
    status: COHORT_STATUS_TABS.find((tab) => tab === status) ?? "ACTIVE",
    programmeId: idParam(read(params, "programme")),
    mentor: idParam(read(params, "mentor")),
    search: search ? search : undefined,
  };
}

/** The enrolments of the operator that match the filters. */
export function cohortWhere(
  organisationId: string,
  filters: CohortFilters,
): Prisma.EnrolmentWhereInput {
  const { status, programmeId, mentor, search } = filters;
  return {
    organisationId,
    ...(status === "ALL" ? {} : { status }),
    ...(programmeId ? { programmeId } : {}),
    ...(mentor === "none"
      ? { mentorAssignments: { none: { status: "ACTIVE" } } }
      : mentor
        ? { mentorAssignments: { some: { mentorId: mentor, status: "ACTIVE" } } }
        : {}),
    ...(search
      ? {
          startup: {
            OR: [
              { name: { contains: search, mode: "insensitive" } },
              { nameZh: { contains: search } },
            ],
          },
        }
      : {}),
  };
}

/** The query string of the filters (for the CSV link and the pager). */
export function cohortFilterQuery(filters: CohortFilters): string {
  const query = new URLSearchParams();
  if (filters.status !== "ACTIVE") query.set("status", filters.status);
  if (filters.programmeId) query.set("programme", filters.programmeId);
  if (filters.mentor) query.set("mentor", filters.mentor);
  if (filters.search) query.set("q", filters.search);
  return query.toString();
}
