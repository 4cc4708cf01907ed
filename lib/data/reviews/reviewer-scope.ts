import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";

/** Who is reviewing, and from which membership: the operator's own people, or a partner's. */
export type ReviewerContext = {
  userId: string;
  organisation: { id: string; kind: OrganisationKind };
};

/**
 * The reviewer's own assignments as seen from their active membership. From an operator (its
 * officers, mentors and external reviewers): that operator's assignments. From a partner: the
 * assignments to applications of programmes that partner is linked to and may review for
 * (canReviewShortlisted), whichever operator runs them. Row-level security draws the same line
 * (app_reviewer_assignments()); this keeps every query explicit about it. A start-up reviews
 * nothing.
 */
export function ownAssignmentsWhere(
  reviewer: ReviewerContext,
): Prisma.ReviewerAssignmentWhereInput {
  switch (reviewer.organisation.kind) {
    case "OPERATOR":
      return { organisationId: reviewer.organisation.id, reviewerId: reviewer.userId };
    case "PARTNER":
      return {
        reviewerId: reviewer.userId,
        status: { not: "REMOVED" },
        application: {
          call: {
            programme: {
              partners: {
                some: { partnerId: reviewer.organisation.id, canReviewShortlisted: true },
              },
            },
          },
        },
      };
    case "STARTUP":
      return { id: { in: [] } };
  }
}
