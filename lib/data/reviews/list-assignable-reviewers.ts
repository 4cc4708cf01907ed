import "server-only";
import { db } from "@/lib/db";

export type AssignableReviewer = Awaited<ReturnType<typeof listAssignableReviewers>>[number];

// The same roles assignReviewer accepts: partner scientists may score too, but row-level
// security keeps review rows operator-only, so only the operator's own people are offered.
const REVIEWER_ROLES = ["PROGRAMME_OFFICER", "MENTOR"] as const;

/** The organisation's active programme officers and mentors, by name, for the assign control. */
export async function listAssignableReviewers(organisationId: string) {
  const memberships = await db.membership.findMany({
    where: {
      organisationId,
      status: "ACTIVE",
      role: { in: [...REVIEWER_ROLES] },
      user: { deactivatedAt: null },
    },
    orderBy: { user: { name: "asc" } },
    select: { role: true, title: true, user: { select: { id: true, name: true } } },
  });
  return memberships.map((membership) => ({
    id: membership.user.id,
    name: membership.user.name,
    role: membership.role,
    title: membership.title,
  }));
}
