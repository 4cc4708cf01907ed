import "server-only";
import { db } from "@/lib/db";

/** The operator's calls that have applications past screening, newest first, for the results links. */
export async function listCallsForResults(organisationId: string) {
  return db.call.findMany({
    where: {
      organisationId,
      applications: {
        some: {
          organisationId,
          status: { in: ["IN_REVIEW", "SHORTLISTED", "ACCEPTED", "REJECTED"] },
        },
      },
    },
    orderBy: { closesAt: "desc" },
    select: { id: true, title: true, closesAt: true, programme: { select: { name: true } } },
  });
}
