import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import { recordAuditEvent } from "@/lib/audit";
import type { Database } from "@/lib/db-client";
import { transitionProblem, type ApplicationActorSide } from "@/lib/domain/application-status";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { RequestContext } from "@/lib/request-context";

type Transaction = Omit<Database, ITXClientDenyList>;

export type StatusChange = {
  application: { id: string; organisationId: string; status: ApplicationStatus };
  to: ApplicationStatus;
  side: ApplicationActorSide;
  actorId: string;
  /** The acting member's organisation (the start-up or the operator), for the audit trail. */
  auditOrganisationId: string;
  reason?: string | null;
  request: RequestContext;
};

/**
 * Inside a transaction: moves an application along the status machine, records who, when and
 * why in its timeline and the audit trail. Refuses a transition the machine does not allow,
 * and one made on a stale view (the status changed since it was read) with CONFLICT.
 */
export async function changeApplicationStatus(
  tx: Transaction,
  change: StatusChange,
): Promise<void> {
  const { application, to } = change;
  const problem = transitionProblem(application.status, to, change.side);
  if (problem) throw new AppError("CONFLICT", problem);
  const now = new Date();
  const updated = await tx.application.updateMany({
    where: { id: application.id, status: application.status },
    data: {
      status: to,
      version: { increment: 1 },
      ...(to === "SUBMITTED" ? { submittedAt: now } : {}),
    },
  });
  if (updated.count !== 1) {
    throw new AppError(
      "CONFLICT",
      "This application changed while you were looking at it. Reload and try again.",
    );
  }
  await tx.applicationStatusChange.create({
    data: {
      organisationId: application.organisationId,
      applicationId: application.id,
      fromStatus: application.status,
      toStatus: to,
      actorId: change.actorId,
      reason: change.reason ?? null,
    },
  });
  await recordAuditEvent(tx, {
    organisationId: change.auditOrganisationId,
    actorId: change.actorId,
    action: `application.${to.toLowerCase()}`,
    targetType: "Application",
    targetId: application.id,
    before: { status: application.status },
    after: { status: to, ...(change.reason ? { reason: change.reason } : {}) },
    ...change.request,
  });
}
