import "server-only";
import { db } from "@/lib/db";

/**
 * Accepted applications (decision: accepted) whose start-up is not enrolled yet, longest
 * waiting first; at most `take` (the cohort page shows the count of all of them beside).
 */
export function listAcceptedUnenrolled(organisationId: string, take = 20) {
  return db.application.findMany({
    where: {
      organisationId,
      status: "ACCEPTED",
      decision: { is: { outcome: "ACCEPTED" } },
      enrolment: { is: null },
    },
    orderBy: [{ decision: { decidedAt: "asc" } }, { id: "asc" }],
    take,
    select: {
      id: true,
      reference: true,
      projectTitle: true,
      startup: { select: { name: true, nameZh: true } },
      call: { select: { title: true, programme: { select: { name: true, nameZh: true } } } },
      decision: { select: { decidedAt: true } },
    },
  });
}

export type AcceptedUnenrolled = Awaited<ReturnType<typeof listAcceptedUnenrolled>>[number];
