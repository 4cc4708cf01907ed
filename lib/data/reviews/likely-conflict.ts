import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Database } from "@/lib/db-client";
import { isReviewerLinkedToApplicant } from "@/lib/data/reviews/is-reviewer-linked-to-applicant";

type Transaction = Omit<Database, ITXClientDenyList>;

/**
 * Why a reviewer probably has a conflict with an application, or null: the reviewer created the
 * application, is an active member of the applicant start-up (asked of the database through
 * `app_is_member_of_applicant()`, since row-level security keeps the start-up's memberships from
 * the operator), or acted on it for the applicant (moved its status or answered a
 * clarification). The reviewer's own declaration remains the rule.
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
  if (await isReviewerLinkedToApplicant(tx, { applicationId: application.id, reviewerId })) {
    return "The reviewer is a member of the applicant start-up.";
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
