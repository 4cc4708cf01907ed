import "server-only";
import { notFound } from "next/navigation";
import type { SessionMembership } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MilestoneReach } from "./find-milestone-for-change";

/**
 * Who reads milestone plans, from the membership in use: the start-up (its own plans), the
 * programme officer (every plan of the operator) and a mentor (plans of the start-ups assigned
 * to them). Any other role gets a 404, as for a page that does not exist.
 */
export function milestoneReachOf(
  membership: Pick<SessionMembership, "role" | "organisation">,
  userId: string,
): MilestoneReach {
  const organisationId = membership.organisation.id;
  switch (membership.role) {
    case "STARTUP_MEMBER":
      return { side: "STARTUP", organisationId };
    case "PROGRAMME_OFFICER":
      return { side: "OFFICER", organisationId };
    case "MENTOR":
      return { side: "MENTOR", organisationId, userId };
    default:
      notFound();
  }
}

/** The `where` that keeps an enrolment within what this reader reaches. */
export function enrolmentReachWhere(reach: MilestoneReach): Prisma.EnrolmentWhereInput {
  switch (reach.side) {
    case "STARTUP":
      return { startupId: reach.organisationId };
    case "OFFICER":
      return { organisationId: reach.organisationId };
    case "MENTOR":
      return {
        organisationId: reach.organisationId,
        mentorAssignments: { some: { mentorId: reach.userId, status: "ACTIVE" } },
      };
  }
}
