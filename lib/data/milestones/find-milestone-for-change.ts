import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Transaction } from "./transaction";

/** Who reaches a milestone: the start-up owning the plan, the operator's officer, or an assigned mentor. */
export type MilestoneReach =
  | { side: "STARTUP"; organisationId: string }
  | { side: "OFFICER"; organisationId: string }
  | { side: "MENTOR"; organisationId: string; userId: string };

/** The `where` that keeps a milestone within what this reader reaches. */
export function milestoneReachWhere(reach: MilestoneReach): Prisma.MilestoneWhereInput {
  switch (reach.side) {
    case "STARTUP":
      return { enrolment: { startupId: reach.organisationId } };
    case "OFFICER":
      return { organisationId: reach.organisationId };
    case "MENTOR":
      return {
        organisationId: reach.organisationId,
        enrolment: {
          mentorAssignments: { some: { mentorId: reach.userId, status: "ACTIVE" } },
        },
      };
  }
}

const forChange = {
  id: true,
  organisationId: true,
  enrolmentId: true,
  status: true,
  title: true,
  category: true,
  description: true,
  dueOn: true,
  position: true,
  requiresMentorSignOff: true,
  mentorSignedOffAt: true,
  mentorSignedOffById: true,
  enrolment: {
    select: {
      id: true,
      status: true,
      startsOn: true,
      startupId: true,
      organisationId: true,
      programme: { select: { name: true } },
      startup: { select: { slug: true, name: true } },
      organisation: { select: { slug: true, name: true } },
    },
  },
  _count: { select: { gatedDisbursements: true, evidence: true } },
} satisfies Prisma.MilestoneSelect;

/**
 * Inside an action's transaction: the milestone with what a change needs, if this reader
 * reaches it. Anything else (another tenant's, another start-up's, a mentor's unassigned
 * start-up) is NOT_FOUND, never a hint that it exists.
 */
export async function findMilestoneForChange(
  tx: Transaction,
  reach: MilestoneReach,
  milestoneId: string,
) {
  const milestone = await tx.milestone.findFirst({
    where: { id: milestoneId, ...milestoneReachWhere(reach) },
    select: forChange,
  });
  if (!milestone) {
    throw new AppError("NOT_FOUND", "That milestone does not exist.", {
      reason: `milestone ${milestoneId} is not reachable by ${reach.side} ${reach.organisationId}`,
    });
  }
  return milestone;
}

export type MilestoneForChange = Awaited<ReturnType<typeof findMilestoneForChange>>;

/** A plan changes only while the start-up is enrolled. */
export function assertEnrolmentActive(enrolment: { status: string }): void {
  if (enrolment.status !== "ACTIVE") {
    throw new AppError(
      "CONFLICT",
      `This enrolment is ${enrolment.status.toLowerCase()}: its milestone plan can no longer change.`,
    );
  }
}
