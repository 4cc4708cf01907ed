import "server-only";
import { db } from "@/lib/db";
import type { MilestoneReach } from "./find-milestone-for-change";
import { enrolmentReachWhere } from "./milestone-reach";
import { READ_TRANSACTION } from "./read-transaction";

const QUEUE_PREVIEW = 10;

/**
 * What waits for this reader, oldest first: evidence to assess (officer) or sign-offs requested
 * (mentor, assigned start-ups only), in active enrolments. The first few rows and the full
 * count (the page links to the filtered overview for the rest).
 */
export async function listAssessmentQueue(reach: MilestoneReach) {
  if (reach.side === "STARTUP") return { items: [], total: 0 };
  const where = {
    status: "SUBMITTED" as const,
    enrolment: { AND: [enrolmentReachWhere(reach), { status: "ACTIVE" as const }] },
    ...(reach.side === "MENTOR" ? { requiresMentorSignOff: true, mentorSignedOffAt: null } : {}),
  };
  return db.$transaction(async (tx) => {
    const [items, total] = await Promise.all([
      tx.milestone.findMany({
        where,
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        take: QUEUE_PREVIEW,
        select: {
          id: true,
          title: true,
          category: true,
          status: true,
          dueOn: true,
          submittedAt: true,
          enrolment: {
            select: {
              id: true,
              startup: { select: { name: true, nameZh: true } },
              programme: { select: { name: true, nameZh: true } },
            },
          },
        },
      }),
      tx.milestone.count({ where }),
    ]);
    return { items, total };
  }, READ_TRANSACTION);
}

export type AssessmentQueue = Awaited<ReturnType<typeof listAssessmentQueue>>;
export type AssessmentQueueItem = AssessmentQueue["items"][number];
