import "server-only";
import { db } from "@/lib/db";

/** The operator's active enrolments with no grant yet, in programmes that fund start-ups. */
export async function listEnrolmentsWithoutGrant(organisationId: string, programmeId?: string) {
  return db.enrolment.findMany({
    where: {
      organisationId,
      status: "ACTIVE",
      grant: { is: null },
      programme: { fundingBuckets: { some: {} }, ...(programmeId ? { id: programmeId } : {}) },
    },
    orderBy: [{ startsOn: "desc" }, { id: "asc" }],
    select: {
      id: true,
      startsOn: true,
      startup: { select: { name: true, nameZh: true } },
      programme: { select: { id: true, name: true, fundingCapCents: true } },
    },
  });
}
