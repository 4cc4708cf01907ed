import "server-only";
import { db } from "@/lib/db";
import { findPartnerReviewers, OPERATOR_REVIEWER_ROLES } from "@/lib/data/reviews/reviewer-pool";

export type AssignableReviewer = Awaited<ReturnType<typeof listAssignableReviewers>>[number];

/**
 * Who can review applications of this programme, by name: the operator's active programme
 * officers, mentors and external reviewers, then the partner scientists of the programme's
 * partners that may review (co-incubation; they review shortlisted applications only).
 */
export async function listAssignableReviewers(organisationId: string, programmeId: string) {
  return db.$transaction(async (tx) => {
    const memberships = await tx.membership.findMany({
      where: {
        organisationId,
        status: "ACTIVE",
        role: { in: [...OPERATOR_REVIEWER_ROLES] },
        user: { deactivatedAt: null },
      },
      orderBy: { user: { name: "asc" } },
      select: { role: true, title: true, user: { select: { id: true, name: true } } },
    });
    const partners = await findPartnerReviewers(tx, { programmeId });
    return [
      ...memberships.map((membership) => ({
        id: membership.user.id,
        name: membership.user.name,
        role: membership.role,
        title: membership.title,
        partnerName: null as string | null,
      })),
      ...partners.map((partner) => ({
        id: partner.userId,
        name: partner.name,
        role: "PARTNER_MEMBER" as const,
        title: partner.title,
        partnerName: partner.partnerName,
      })),
    ];
  });
}
