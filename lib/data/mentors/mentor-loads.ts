import "server-only";
import type { Transaction } from "@/lib/data/cohort/transaction";

/**
 * How many start-ups each mentor of the operator mentors right now: ACTIVE assignments on
 * ACTIVE enrolments (an assignment left open on a graduated start-up takes no place).
 */
export async function countMentorLoads(
  tx: Transaction,
  organisationId: string,
  mentorIds?: readonly string[],
): Promise<Map<string, number>> {
  const rows = await tx.mentorAssignment.groupBy({
    by: ["mentorId"],
    where: {
      organisationId,
      status: "ACTIVE",
      enrolment: { status: "ACTIVE" },
      ...(mentorIds ? { mentorId: { in: [...mentorIds] } } : {}),
    },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.mentorId, row._count._all]));
}

/** Places a mentor without a profile is assumed to have (MentorProfile's default). */
export const DEFAULT_MENTOR_CAPACITY = 3;
