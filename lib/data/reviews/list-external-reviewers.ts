import "server-only";
import { db } from "@/lib/db";
import { effectiveInvitationStatus } from "@/lib/domain/invitations";

export type ExternalReviewers = Awaited<ReturnType<typeof listExternalReviewers>>;

/**
 * The operator's external reviewers: those who accepted (active or not) with their open and
 * submitted reviews, and invitations still waiting, by name.
 */
export async function listExternalReviewers(organisationId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const [memberships, invitations] = await Promise.all([
      tx.membership.findMany({
        where: { organisationId, role: "EXTERNAL_REVIEWER" },
        orderBy: { user: { name: "asc" } },
        select: {
          status: true,
          createdAt: true,
          user: {
            select: {
              id: true,
              name: true,
              email: true,
              reviewerAssignments: {
                where: { organisationId, status: { in: ["ASSIGNED", "SUBMITTED"] } },
                select: { status: true },
              },
            },
          },
        },
      }),
      tx.invitation.findMany({
        where: { organisationId, role: "EXTERNAL_REVIEWER", status: "PENDING" },
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          name: true,
          email: true,
          expiresAt: true,
          createdAt: true,
          status: true,
        },
      }),
    ]);
    return {
      members: memberships.map((membership) => ({
        userId: membership.user.id,
        name: membership.user.name,
        email: membership.user.email,
        isActive: membership.status === "ACTIVE",
        joinedAt: membership.createdAt,
        openReviews: membership.user.reviewerAssignments.filter((a) => a.status === "ASSIGNED")
          .length,
        submittedReviews: membership.user.reviewerAssignments.filter(
          (a) => a.status === "SUBMITTED",
        ).length,
      })),
      pending: invitations
        .filter((invitation) => effectiveInvitationStatus(invitation, now) === "PENDING")
        .map((invitation) => ({
          id: invitation.id,
          name: invitation.name,
          email: invitation.email,
          expiresAt: invitation.expiresAt,
          createdAt: invitation.createdAt,
        })),
    };
  });
}
