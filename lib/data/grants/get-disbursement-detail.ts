import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { gateProblem } from "@/lib/domain/disbursement-gate";
import { totalsOf } from "@/lib/domain/disbursement-totals";
import type { Prisma } from "@/lib/generated/prisma/client";
import { READ_TRANSACTION } from "./money-transaction";

/** Whose view: the operator that runs the programme, or the start-up that asked. */
export type DisbursementScope = { organisationId: string } | { startupId: string };

function whereScope(scope: DisbursementScope): Prisma.DisbursementWhereInput {
  return "organisationId" in scope
    ? { organisationId: scope.organisationId }
    : { grant: { enrolment: { startupId: scope.startupId } } };
}

export type DisbursementDetail = Awaited<ReturnType<typeof getDisbursementDetailOrNotFound>>;

/** One tranche with its signatures, files, gate and its bucket's balance; 404 outside the scope. */
export async function getDisbursementDetailOrNotFound(
  disbursementId: string,
  scope: DisbursementScope,
) {
  const detail = await db.$transaction(async (tx) => {
    const tranche = await tx.disbursement.findFirst({
      where: { id: disbursementId, ...whereScope(scope) },
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
        rejectedAt: true,
        paymentReference: true,
        rejectionReason: true,
        requestedById: true,
        approvedById: true,
        financeApprovedById: true,
        requestedBy: { select: { name: true } },
        approvedBy: { select: { name: true } },
        financeApprovedBy: { select: { name: true } },
        paidBy: { select: { name: true } },
        rejectedBy: { select: { name: true } },
        bucketId: true,
        bucket: {
          select: {
            name: true,
            nameZh: true,
            capCents: true,
            evidenceRule: true,
            requiresPreApproval: true,
            gatingMilestoneCategory: true,
          },
        },
        gatingMilestone: { select: { id: true, title: true, status: true, dueOn: true } },
        grant: {
          select: {
            id: true,
            approvedTotalCents: true,
            organisation: { select: { name: true, nameZh: true } },
            enrolment: {
              select: {
                startup: { select: { name: true, nameZh: true } },
                programme: { select: { name: true, nameZh: true } },
              },
            },
          },
        },
        attachments: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            fileName: true,
            mimeType: true,
            sizeBytes: true,
            kind: true,
            createdAt: true,
          },
        },
      },
    });
    if (!tranche) return null;
    const bucketTranches = await tx.disbursement.findMany({
      where: { bucketId: tranche.bucketId },
      select: { status: true, amountCents: true },
    });
    return { tranche, bucketTotals: totalsOf(tranche.bucket.capCents, bucketTranches) };
  }, READ_TRANSACTION);
  if (!detail) notFound();
  return {
    ...detail.tranche,
    bucketTotals: detail.bucketTotals,
    gateProblem: gateProblem(detail.tranche),
    needsProof:
      detail.tranche.bucket.evidenceRule === "PAYMENT_PROOF" &&
      detail.tranche.attachments.length === 0,
  };
}
