import "server-only";
import { db } from "@/lib/db";
import { gateProblem } from "@/lib/domain/disbursement-gate";
import { COMMITTED_STATUSES } from "@/lib/domain/disbursement-status";
import type { DisbursementStatus } from "@/lib/generated/prisma/enums";
import { READ_TRANSACTION } from "./money-transaction";

export type QueueItem = Awaited<ReturnType<typeof listDisbursementQueue>>[number];

/**
 * The operator's tranches in `statuses`, oldest first, with what the signer needs at a glance:
 * the bucket's rule and what is left in it, the gate, the files, who signed before and whether
 * maker-checker lets `viewerId` sign this one.
 */
export async function listDisbursementQueue(
  organisationId: string,
  statuses: readonly DisbursementStatus[],
  viewerId: string,
) {
  const { items, committed } = await db.$transaction(async (tx) => {
    const items = await tx.disbursement.findMany({
      where: { organisationId, status: { in: [...statuses] } },
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      take: 200,
      select: {
        id: true,
        status: true,
        version: true,
        amountCents: true,
        purpose: true,
        requestedAt: true,
        approvedAt: true,
        financeApprovedAt: true,
        requestedById: true,
        approvedById: true,
        requestedBy: { select: { name: true } },
        approvedBy: { select: { name: true } },
        financeApprovedBy: { select: { name: true } },
        bucketId: true,
        bucket: {
          select: { name: true, capCents: true, evidenceRule: true, gatingMilestoneCategory: true },
        },
        gatingMilestone: { select: { title: true, status: true } },
        grant: {
          select: {
            id: true,
            enrolment: {
              select: {
                startup: { select: { name: true, nameZh: true } },
                programme: { select: { name: true } },
              },
            },
          },
        },
        _count: { select: { attachments: true } },
      },
    });
    const committed = await tx.disbursement.groupBy({
      by: ["bucketId"],
      where: {
        organisationId,
        bucketId: { in: [...new Set(items.map((item) => item.bucketId))] },
        status: { in: [...COMMITTED_STATUSES] },
      },
      _sum: { amountCents: true },
    });
    return { items, committed };
  }, READ_TRANSACTION);
  const committedByBucket = new Map(
    committed.map((group) => [group.bucketId, group._sum.amountCents ?? 0n]),
  );
  return items.map((item) => ({
    ...item,
    bucketRemainingCents: item.bucket.capCents - (committedByBucket.get(item.bucketId) ?? 0n),
    isOwnRequest: item.requestedById === viewerId,
    isOwnApproval: item.approvedById === viewerId,
    gateProblem: gateProblem(item),
    needsProof: item.bucket.evidenceRule === "PAYMENT_PROOF" && item._count.attachments === 0,
  }));
}
