import "server-only";
import { recordAuditEvent } from "@/lib/audit";
import {
  describeDisbursementStatus,
  type DisbursementActorSide,
  disbursementTransitionProblem,
  signatureProblem,
} from "@/lib/domain/disbursement-status";
import { AppError } from "@/lib/errors";
import type { DisbursementStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/request-context";
import type { Transaction } from "./transaction";

type TrancheState = {
  id: string;
  status: DisbursementStatus;
  version: number;
  requestedById: string;
  approvedById: string | null;
};

/**
 * Refuses a step taken on a stale view (the version the signer saw is not the current one),
 * one the status machine does not allow from here, and a signature maker-checker forbids
 * (FORBIDDEN: it leaves a denial in the audit trail).
 */
export function assertDisbursementStep(
  tranche: TrancheState,
  step: { to: DisbursementStatus; side: DisbursementActorSide; version: number; actorId: string },
): void {
  if (tranche.version !== step.version) {
    throw new AppError(
      "CONFLICT",
      `This tranche changed after you opened it: it is now ${describeDisbursementStatus(tranche.status)}. Reload the page and check it again before you act.`,
    );
  }
  const transition = disbursementTransitionProblem(tranche.status, step.to, step.side);
  if (transition) throw new AppError("CONFLICT", transition);
  const signature = signatureProblem(tranche, step.to, step.actorId);
  if (signature) {
    throw new AppError("FORBIDDEN", signature, {
      reason: `maker-checker: ${step.actorId} may not move disbursement ${tranche.id} to ${step.to}`,
    });
  }
}

/**
 * Inside the step's transaction: moves the tranche only if nobody moved it first
 * (`UPDATE … WHERE id = ? AND status = ? AND version = ?`), bumps its version and records the
 * audit event. A concurrent step makes this one fail with CONFLICT.
 */
export async function recordDisbursementStep(
  tx: Transaction,
  step: {
    tranche: TrancheState & { amountCents: bigint };
    to: DisbursementStatus;
    actorId: string;
    auditOrganisationId: string;
    data: Omit<Prisma.DisbursementUncheckedUpdateManyInput, "status" | "version">;
    auditAfter?: Record<string, unknown>;
    request: RequestContext;
    /** The audit event was already written (recordDisbursementAudit). */
    auditFirst?: boolean;
  },
): Promise<void> {
  const { tranche, to } = step;
  const updated = await tx.disbursement.updateMany({
    where: { id: tranche.id, status: tranche.status, version: tranche.version },
    data: { ...step.data, status: to, version: { increment: 1 } },
  });
  if (updated.count !== 1) {
    throw new AppError(
      "CONFLICT",
      "Someone else acted on this tranche at the same moment. Reload the page to see what changed.",
    );
  }
  if (step.auditFirst) return;
  await recordDisbursementAudit(tx, step);
}

/**
 * The audit event of a step. `recordDisbursementStep` writes it after the update unless
 * `auditFirst`: an approval writes it before taking the grant's lock, to keep the lock short
 * (it rolls back with the transaction if the approval fails).
 */
export async function recordDisbursementAudit(
  tx: Transaction,
  step: Pick<
    Parameters<typeof recordDisbursementStep>[1],
    "tranche" | "to" | "actorId" | "auditOrganisationId" | "auditAfter" | "request"
  >,
): Promise<void> {
  const { tranche, to } = step;
  await recordAuditEvent(tx, {
    organisationId: step.auditOrganisationId,
    actorId: step.actorId,
    action: `disbursement.${ACTION_NAMES[to]}`,
    targetType: "Disbursement",
    targetId: tranche.id,
    before: { status: tranche.status, version: tranche.version },
    after: {
      status: to,
      version: tranche.version + 1,
      amountCents: tranche.amountCents,
      ...step.auditAfter,
    },
    ...step.request,
  });
}

const ACTION_NAMES: Record<DisbursementStatus, string> = {
  REQUESTED: "request",
  APPROVED: "approve",
  FINANCE_APPROVED: "finance_approve",
  PAID: "mark_paid",
  REJECTED: "reject",
};
