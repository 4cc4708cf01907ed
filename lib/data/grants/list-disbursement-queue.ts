import "server-only";
import { db } from "@/lib/db";
import { gateProblem } from "@/lib/domain/disbursement-gate";
import { COMMITTED_STATUSES } from "@/lib/domain/disbursement-status";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, takePage } from "@/lib/pagination/cursor";
import { READ_TRANSACTION } from "./money-transaction";
import {
  OPEN_STATUSES,
  statusesWaitingFor,
  type TrancheQueueFilters,
} from "./tranche-queue-filters";

export type QueueViewer = { userId: string; role: MembershipRole };
export type QueueItem = Awaited<ReturnType<typeof listDisbursementQueue>>["items"][number];

/**
 * The `where` of the queue's filters (without the cursor), shared with its CSV export. "Waiting
 * for me" leaves out what maker-checker would not let the viewer sign: their own requests, and
 * for finance the tranches they approved first.
 */
export function trancheQueueWhere(
  organisationId: string,
  filters: Pick<TrancheQueueFilters, "view" | "programmeId">,
  viewer: QueueViewer,
): Prisma.DisbursementWhereInput {
  const where: Prisma.DisbursementWhereInput = { organisationId };
  if (filters.programmeId) where.grant = { enrolment: { programmeId: filters.programmeId } };
  if (filters.view === "open") where.status = { in: [...OPEN_STATUSES] };
  else if (filters.view === "waiting") {
    const statuses = statusesWaitingFor(viewer.role);
    where.requestedById = { not: viewer.userId };
    where.OR = statuses.map((status) =>
      status === "APPROVED" ? { status, approvedById: { not: viewer.userId } } : { status },
    );
    if (statuses.length === 0) where.status = { in: [] };
  } else if (filters.view !== "all") where.status = filters.view;
  return where;
}

/**
 * One page (50) of the operator's tranches matching the filters, oldest request first (then by
 * id, so ties never skip or repeat), with what the signer needs at a glance: the bucket's rule
 * and what is left in it, the gate, the files, who signed before. The count and the sum of the
 * whole filtered queue come from one SQL aggregate, not from loading its rows.
 */
export async function listDisbursementQueue(
  organisationId: string,
  filters: TrancheQueueFilters,
  viewer: QueueViewer,
) {
  const where = trancheQueueWhere(organisationId, filters, viewer);
  const cursor = filters.cursor;
  const pageWhere: Prisma.DisbursementWhereInput = cursor
    ? {
        AND: [
          where,
          {
            OR: [
              { requestedAt: { gt: cursor.requestedAt } },
              { requestedAt: cursor.requestedAt, id: { gt: cursor.id } },
            ],
          },
        ],
      }
    : where;
  const { rows, summary, committed } = await db.$transaction(async (tx) => {
    const rows = await tx.disbursement.findMany({
      where: pageWhere,
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      take: PAGE_SIZE + 1,
      select: {
        id: true,
        status: true,
        version: true,
        amountCents: true,
        purpose: true,
        requestedAt: true,
        approvedAt: true,
        financeApprovedAt: true,
        paidAt: true,
        requestedById: true,
        approvedById: true,
        requestedBy: { select: { name: true } },
        approvedBy: { select: { name: true } },
        financeApprovedBy: { select: { name: true } },
        bucketId: true,
        bucket: {
          select: {
            name: true,
            nameZh: true,
            capCents: true,
            evidenceRule: true,
            gatingMilestoneCategory: true,
          },
        },
        gatingMilestone: { select: { title: true, status: true } },
        grant: {
          select: {
            id: true,
            enrolment: {
              select: {
                startup: { select: { name: true, nameZh: true } },
                programme: { select: { name: true, nameZh: true } },
              },
            },
          },
        },
        _count: { select: { attachments: true } },
      },
    });
    const summary = await tx.disbursement.aggregate({
      where,
      _count: { _all: true },
      _sum: { amountCents: true },
    });
    const committed = await tx.disbursement.groupBy({
      by: ["bucketId"],
      where: {
        organisationId,
        bucketId: { in: [...new Set(rows.slice(0, PAGE_SIZE).map((row) => row.bucketId))] },
        status: { in: [...COMMITTED_STATUSES] },
      },
      _sum: { amountCents: true },
    });
    return { rows, summary, committed };
  }, READ_TRANSACTION);
  const committedByBucket = new Map(
    committed.map((group) => [group.bucketId, group._sum.amountCents ?? 0n]),
  );
  const page = takePage(rows, (row) => [row.requestedAt.toISOString(), row.id]);
  return {
    items: page.items.map((item) => ({
      ...item,
      bucketRemainingCents: item.bucket.capCents - (committedByBucket.get(item.bucketId) ?? 0n),
      isOwnRequest: item.requestedById === viewer.userId,
      isOwnApproval: item.approvedById === viewer.userId,
      gateProblem: gateProblem(item),
      needsProof: item.bucket.evidenceRule === "PAYMENT_PROOF" && item._count.attachments === 0,
    })),
    nextCursor: page.nextCursor,
    totalCount: summary._count._all,
    totalCents: summary._sum.amountCents ?? 0n,
  };
}
