import "server-only";
import { recordAuditEvent } from "@/lib/audit";
import {
  moveProblem,
  transitionFor,
  type MilestoneActorSide,
  type MilestoneMove,
} from "@/lib/domain/milestone-status";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MilestoneStatus } from "@/lib/generated/prisma/enums";
import type { RequestContext } from "@/lib/request-context";
import type { Transaction } from "./transaction";

export type MilestoneStatusChangeInput = {
  milestone: { id: string; organisationId: string; status: MilestoneStatus };
  move: MilestoneMove;
  side: MilestoneActorSide;
  actorId: string;
  /** The acting member's organisation (the start-up or the operator), for the audit trail. */
  auditOrganisationId: string;
  reason?: string | null;
  /** Columns that change with the status (due date, assessment, submission time…). */
  data?: Prisma.MilestoneUncheckedUpdateManyInput;
  /** Extra facts for the audit event. */
  audit?: Record<string, unknown>;
  request: RequestContext;
};

/**
 * Inside a transaction: moves a milestone along the status machine and records who, when and
 * why in its timeline and the audit trail. Refuses a move the machine does not allow for this
 * side, and one made on a stale view (the status changed since it was read), with CONFLICT.
 */
export async function changeMilestoneStatus(
  tx: Transaction,
  change: MilestoneStatusChangeInput,
): Promise<MilestoneStatus> {
  const { milestone, move, side } = change;
  const problem = moveProblem(milestone.status, move, side);
  const transition = transitionFor(milestone.status, move);
  if (problem || !transition) throw new AppError("CONFLICT", problem ?? "Not allowed.");
  const updated = await tx.milestone.updateMany({
    where: { id: milestone.id, status: milestone.status },
    data: { ...change.data, status: transition.to },
  });
  if (updated.count !== 1) {
    throw new AppError(
      "CONFLICT",
      "This milestone changed while you were looking at it. Reload and try again.",
    );
  }
  await tx.milestoneStatusChange.create({
    data: {
      organisationId: milestone.organisationId,
      milestoneId: milestone.id,
      fromStatus: milestone.status,
      toStatus: transition.to,
      actorId: change.actorId,
      reason: change.reason ?? null,
    },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    organisationId: change.auditOrganisationId,
    actorId: change.actorId,
    action: `milestone.${move.toLowerCase()}`,
    targetType: "Milestone",
    targetId: milestone.id,
    before: { status: milestone.status },
    after: {
      status: transition.to,
      ...(change.reason ? { reason: change.reason } : {}),
      ...change.audit,
    },
    ...change.request,
  });
  return transition.to;
}
