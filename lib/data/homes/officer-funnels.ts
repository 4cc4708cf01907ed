import "server-only";
import { db } from "@/lib/db";
import type { ApplicationStatus, CallStatus } from "@/lib/generated/prisma/enums";

/**
 * The operator's pipeline in order: drafts still belong to the start-up, so a funnel starts at
 * SUBMITTED; decided (accepted, rejected) and withdrawn close it.
 */
export const FUNNEL_STATUSES = [
  "SUBMITTED",
  "SCREENING",
  "IN_REVIEW",
  "SHORTLISTED",
  "ACCEPTED",
  "REJECTED",
  "WITHDRAWN",
] as const satisfies readonly ApplicationStatus[];

export type FunnelStatus = (typeof FUNNEL_STATUSES)[number];

export type CallFunnel = {
  id: string;
  title: string;
  titleZh: string | null;
  status: CallStatus;
  opensAt: Date;
  closesAt: Date;
  programmeName: string;
  programmeNameZh: string | null;
  counts: Record<FunnelStatus, number>;
  total: number;
};

/** How many calls a funnel section shows at most (the newest closing first). */
const FUNNEL_CALL_LIMIT = 12;

/**
 * Applications per status for a set of calls: the open (published) calls of the operator, or
 * every non-draft call of one programme. Two queries (the calls, one `groupBy`), whatever the
 * number of applications.
 */
export async function getCallFunnels(
  organisationId: string,
  scope: { openOnly: true } | { programmeId: string },
): Promise<CallFunnel[]> {
  const callWhere =
    "programmeId" in scope
      ? { organisationId, programmeId: scope.programmeId, status: { not: "DRAFT" as const } }
      : { organisationId, status: "PUBLISHED" as const };
  const [calls, rows] = await Promise.all([
    db.call.findMany({
      where: callWhere,
      orderBy: [{ closesAt: "desc" }, { id: "asc" }],
      take: FUNNEL_CALL_LIMIT,
      select: {
        id: true,
        title: true,
        titleZh: true,
        status: true,
        opensAt: true,
        closesAt: true,
        programme: { select: { name: true, nameZh: true } },
      },
    }),
    db.application.groupBy({
      by: ["callId", "status"],
      where: { organisationId, status: { in: [...FUNNEL_STATUSES] }, call: callWhere },
      _count: { _all: true },
    }),
  ]);
  return calls.map(({ programme, ...call }) => {
    const counts = Object.fromEntries(FUNNEL_STATUSES.map((status) => [status, 0])) as Record<
      FunnelStatus,
      number
    >;
    for (const row of rows) {
      if (row.callId === call.id && row.status !== "DRAFT") counts[row.status] = row._count._all;
    }
    const total = FUNNEL_STATUSES.reduce((sum, status) => sum + counts[status], 0);
    return {
      ...call,
      programmeName: programme.name,
      programmeNameZh: programme.nameZh,
      counts,
      total,
    };
  });
}
