import "server-only";
import { AppError } from "@/lib/errors";
import type { Transaction } from "./transaction";

/**
 * The operator's tranche by id, with what a signature checks (bucket rules, gate, files,
 * signers), for an officer's or finance's action. Another tenant's id is NOT_FOUND.
 */
export async function getOperatorDisbursementForChange(
  tx: Transaction,
  { organisationId, disbursementId }: { organisationId: string; disbursementId: string },
) {
  const disbursement = await tx.disbursement.findFirst({
    where: { id: disbursementId, organisationId },
    select: {
      id: true,
      organisationId: true,
      grantId: true,
      bucketId: true,
      status: true,
      version: true,
      amountCents: true,
      purpose: true,
      requestedById: true,
      approvedById: true,
      financeApprovedById: true,
      financeApprovedAt: true,
      bucket: {
        select: {
          id: true,
          name: true,
          capCents: true,
          evidenceRule: true,
          gatingMilestoneCategory: true,
        },
      },
      gatingMilestone: { select: { id: true, title: true, status: true } },
      grant: {
        select: {
          id: true,
          status: true,
          approvedTotalCents: true,
          enrolment: {
            select: {
              status: true,
              startup: { select: { name: true, slug: true } },
              programme: { select: { name: true } },
            },
          },
        },
      },
      _count: { select: { attachments: true } },
    },
  });
  if (!disbursement) {
    throw new AppError("NOT_FOUND", "That tranche request does not exist.", {
      reason: `disbursement ${disbursementId} not found in ${organisationId}`,
    });
  }
  return disbursement;
}

export type DisbursementForChange = Awaited<ReturnType<typeof getOperatorDisbursementForChange>>;
