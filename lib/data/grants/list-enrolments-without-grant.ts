import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE } from "@/lib/pagination/cursor";

/**
 * The operator's active enrolments with no grant yet, in programmes that fund start-ups: the
 * 50 most recent (an officer awards from the top) and how many there are in all.
 */
export async function listEnrolmentsWithoutGrant(organisationId: string, programmeId?: string) {
  const where: Prisma.EnrolmentWhereInput = {
    organisationId,
    status: "ACTIVE",
    grant: { is: null },
    programme: { fundingBuckets: { some: {} }, ...(programmeId ? { id: programmeId } : {}) },
  };
  return db.$transaction(async (tx) => {
    const items = await tx.enrolment.findMany({
      where,
      orderBy: [{ startsOn: "desc" }, { id: "asc" }],
      take: PAGE_SIZE,
      select: {
        id: true,
        startsOn: true,
        startup: { select: { name: true, nameZh: true } },
        programme: { select: { id: true, name: true, nameZh: true, fundingCapCents: true } },
      },
    });
    return {
      items,
      totalCount: items.length < PAGE_SIZE ? items.length : await tx.enrolment.count({ where }),
    };
  });
}
