import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { firstParam } from "@/lib/pagination/cursor";

/** The statuses an officer can filter a call's applications by (drafts are never listed). */
export const LISTED_APPLICATION_STATUSES = [
  "SUBMITTED",
  "SCREENING",
  "IN_REVIEW",
  "SHORTLISTED",
  "ACCEPTED",
  "REJECTED",
  "WITHDRAWN",
] as const satisfies readonly ApplicationStatus[];

export type ListedApplicationStatus = (typeof LISTED_APPLICATION_STATUSES)[number];

/** The officer's filters of a call's applications: status and a start-up name or reference. */
export type CallApplicationFilters = { status?: ListedApplicationStatus; search?: string };

const MAX_SEARCH_LENGTH = 100;

/** Filters read from a page's or an export's query string (`?status=&q=`); bad values are ignored. */
export function readCallApplicationFilters(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): CallApplicationFilters {
  const get = (name: string) =>
    params instanceof URLSearchParams ? (params.get(name) ?? undefined) : firstParam(params, name);
  const status = get("status");
  const search = get("q")?.trim().slice(0, MAX_SEARCH_LENGTH);
  return {
    status: (LISTED_APPLICATION_STATUSES as readonly string[]).includes(status ?? "")
      ? (status as ListedApplicationStatus)
      : undefined,
    search: search ? search : undefined,
  };
}

/** The `where` of a call's listed applications under the filters (tenant and call included). */
export function callApplicationsWhere(
  organisationId: string,
  callId: string,
  filters: CallApplicationFilters = {},
): Prisma.ApplicationWhereInput {
  return {
    organisationId,
    callId,
    status: filters.status ?? { not: "DRAFT" },
    ...(filters.search
      ? {
          OR: [
            { startup: { name: { contains: filters.search, mode: "insensitive" } } },
            { startup: { nameZh: { contains: filters.search } } },
            { reference: { contains: filters.search, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}
