import "server-only";
import type { Transaction } from "@/lib/data/cohort/transaction";
import { AppError } from "@/lib/errors";

/**
 * The enrolment a mentor is ACTIVELY assigned to, for the mentor's reads and actions. Another
 * mentor's start-up, an ended assignment or another tenant's enrolment are all NOT_FOUND: a
 * mentor sees only the start-ups assigned to them (row-level security is tenant-wide, so this
 * check is the wall between mentors of one operator).
 */
export async function getAssignedEnrolmentOrThrow(
  tx: Transaction,
  {
    organisationId,
    mentorId,
    enrolmentId,
  }: { organisationId: string; mentorId: string; enrolmentId: string },
) {
  const assignment = await tx.mentorAssignment.findFirst({
    where: { organisationId, mentorId, enrolmentId, status: "ACTIVE" },
    orderBy: { startsOn: "desc" },
    select: {
      id: true,
      enrolment: {
        select: {
          id: true,
          status: true,
          programme: { select: { name: true } },
          startup: { select: { id: true, slug: true, name: true } },
        },
      },
    },
  });
  if (!assignment) throw notAssigned();
  return { assignmentId: assignment.id, ...assignment.enrolment };
}

export function notAssigned(): AppError {
  return new AppError("NOT_FOUND", "That start-up does not exist or is not assigned to you.");
}
