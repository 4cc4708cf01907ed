import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Database } from "@/lib/db-client";
import { isReviewerLinkedToApplicant } from "@/lib/data/reviews/is-reviewer-linked-to-applicant";

type Transaction = Omit<Database, ITXClientDenyList>;

type ConflictLink = { reason: "PARTNER_LINKED" | "SHARED_PERSON"; organisation_id: string };

/**
 * Why a reviewer probably has a conflict with an application, or null: the reviewer created the
 * application, is an active member of the applicant start-up, acted on it for the applicant
 * (moved its status or answered a clarification), or belongs to another organisation linked to
 * the applicant: a partner that already holds the start-up's data-sharing consent or has it in
 * a cohort, or an organisation with a person in common with the start-up. Memberships and
 * consents outside the operator are out of its reach under row-level security, so the database
 * answers (`app_is_member_of_applicant()`, `app_reviewer_conflict_links()`, SECURITY DEFINER,
 * for the operator's own applications only). The schema holds no investor records, so investor
 * links are left to the reviewer's declaration, which remains the rule.
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
  const [startupSideChanges, replies, links] = await Promise.all([
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
    tx.$queryRaw<ConflictLink[]>`
      select reason, organisation_id
      from app_reviewer_conflict_links(${application.id}, ${reviewerId})
      order by reason, organisation_id`,
  ]);
  if (startupSideChanges > 0 || replies > 0) {
    return "The reviewer has acted for the applicant start-up on this application.";
  }
  const [link] = links;
  if (!link) return null;
  const organisation = await tx.organisation.findUnique({
    where: { id: link.organisation_id },
    select: { name: true },
  });
  const name = organisation?.name ?? "Another organisation of the reviewer";
  return link.reason === "PARTNER_LINKED"
    ? `The reviewer's organisation, ${name}, already works with the applicant start-up (a data-sharing consent or a shared cohort).`
    : `The reviewer's organisation, ${name}, and the applicant start-up have a person in common.`;
}
