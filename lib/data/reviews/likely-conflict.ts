import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Database } from "@/lib/db-client";

type Transaction = Omit<Database, ITXClientDenyList>;

/**
 * Why a reviewer probably has a conflict with an application, or null. The operator cannot read
 * a start-up's memberships (row-level security), so the signals are what the operator's own
 * rows show: the reviewer created the application, or acted on it for the applicant (moved
 * its status or answered a clarification). The reviewer's own declaration remains the rule.
 */
export async function likelyConflictReason(
  tx: Transaction,
  {
    application,
    reviewerId,
  }: {
    application: { id: string; organisationId: string; createdById: string };
    reviewerId: string;
  },
): Promise<string | null> {
  if (application.createdById === reviewerId) {
    return "The reviewer created this application for the applicant start-up.";
  }
  const [startupSideChanges, replies] = await Promise.all([
    tx.applicationStatusChange.count({
      where: {
        organisationId: application.organisationId,
        applicationId: application.id,
        actorId: reviewerId,
        toStatus: { in: ["SUBMITTED", "WITHDRAWN"] },
      },
    }),
    tx.applicationMessage.count({
      where: {
        organisationId: application.organisationId,
        applicationId: application.id,
        authorId: reviewerId,
        kind: "CLARIFICATION_REPLY",
      },
    }),
  ]);
  if (startupSideChanges > 0 || replies > 0) {
    return "The reviewer has acted for the applicant start-up on this application.";
  }
  return null;
}
