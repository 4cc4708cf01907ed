import "server-only";
import { db } from "@/lib/db";

/** Accepted applications (decision: accepted) whose start-up is not enrolled yet. */
export function listAcceptedUnenrolled(organisationId: string) {
  return db.application.findMany({
    where: {
      organisationId,
      status: "ACCEPTED",
      decision: { is: { outcome: "ACCEPTED" } },
      enrolment: { is: null },
    },
    orderBy: { decision: { decidedAt: "asc" } },
    select: {
      id: true,
      reference: true,
      projectTitle: true,
      startup: { select: { name: true, nameZh: true } },
      call: { select: { title: true, programme: { select: { name: true } } } },
      decision: { select: { decidedAt: true } },
    },
  });
}

export type AcceptedUnenrolled = Awaited<ReturnType<typeof listAcceptedUnenrolled>>[number];
