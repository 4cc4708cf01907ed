import "server-only";
import { db } from "@/lib/db";

/**
 * The operator's calls that have received applications, newest first, for the officer's links
 * to each call's applications and results, with how many wait for screening.
 */
export async function listCallsForResults(organisationId: string) {
  const calls = await db.call.findMany({
    where: {
      organisationId,
      applications: { some: { organisationId, status: { not: "DRAFT" } } },
    },
    orderBy: { closesAt: "desc" },
    select: {
      id: true,
      title: true,
      titleZh: true,
      closesAt: true,
      programme: { select: { name: true, nameZh: true } },
      _count: {
        select: {
          applications: {
            where: { organisationId, status: { in: ["SUBMITTED", "SCREENING"] } },
          },
        },
      },
    },
  });
  return calls.map(({ _count, ...call }) => ({ ...call, toScreenCount: _count.applications }));
}
