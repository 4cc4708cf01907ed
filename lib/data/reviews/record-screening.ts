import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import { recordAuditEvent } from "@/lib/audit";
import { changeApplicationStatus } from "@/lib/data/applications/change-application-status";
import type { Database } from "@/lib/db-client";
import type { ApplicationStatus, ScreeningOutcome } from "@/lib/generated/prisma/enums";
import type { RequestContext } from "@/lib/request-context";

type Transaction = Omit<Database, ITXClientDenyList>;

/** Why this application cannot be screened now, or null. */
export function screeningProblem(application: { reference: string; status: ApplicationStatus }) {
  if (application.status === "SUBMITTED" || application.status === "SCREENING") return null;
  return `${application.reference} is ${application.status.toLowerCase().replace("_", " ")}: only a submitted application can be screened.`;
}

/**
 * Inside the officer's transaction: a submitted application enters screening, then eligible
 * moves it on to review and ineligible rejects it, with the reason recorded for the applicant;
 * timeline and audit events included.
 */
export async function recordScreening(
  tx: Transaction,
  {
    application,
    outcome,
    reason,
    actorId,
    organisationId,
    request,
  }: {
    application: { id: string; organisationId: string; status: ApplicationStatus };
    outcome: ScreeningOutcome;
    reason: string | null;
    actorId: string;
    organisationId: string;
    request: RequestContext;
  },
): Promise<void> {
  const change = {
    side: "OPERATOR",
    actorId,
    auditOrganisationId: organisationId,
    request,
  } as const;
  let status = application.status;
  if (status === "SUBMITTED") {
    await changeApplicationStatus(tx, { ...change, application, to: "SCREENING" });
    status = "SCREENING";
  }
  await changeApplicationStatus(tx, {
    ...change,
    application: { ...application, status },
    to: outcome === "ELIGIBLE" ? "IN_REVIEW" : "REJECTED",
    reason,
  });
  await tx.application.update({
    where: { id: application.id },
    data: { screeningOutcome: outcome, screeningReason: reason },
  });
  await recordAuditEvent(tx, {
    organisationId,
    actorId,
    action: "application.screen",
    targetType: "Application",
    targetId: application.id,
    after: { screeningOutcome: outcome, screeningReason: reason },
    ...request,
  });
}
