import "server-only";
import { db } from "@/lib/db";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

export type CallApplicationCounts = Awaited<ReturnType<typeof countCallApplications>>;

/**
 * The officer's figures for one call, by SQL aggregation over every submitted application
 * (whatever page or filter the list shows): how many in each status, and open reviews past
 * their due date.
 */
export async function countCallApplications(
  organisationId: string,
  callId: string,
  now = new Date(),
) {
  // Both figures on one connection, one after the other: the page already reads in parallel.
  const { byStatus, overdueReviews } = await db.$transaction(async (tx) => ({
    byStatus: await tx.application.groupBy({
      by: ["status"],
      where: { organisationId, callId, status: { not: "DRAFT" } },
      _count: { _all: true },
    }),
    overdueReviews: await tx.reviewerAssignment.count({
      where: {
        organisationId,
        status: "ASSIGNED",
        dueAt: { lt: now },
        application: { organisationId, callId, status: { not: "DRAFT" } },
      },
    }),
  }));
  const statusCounts: Partial<Record<ApplicationStatus, number>> = Object.fromEntries(
    byStatus.map((row) => [row.status, row._count._all]),
  );
  const count = (...statuses: ApplicationStatus[]) =>
    statuses.reduce((sum, status) => sum + (statusCounts[status] ?? 0), 0);
  return {
    total: byStatus.reduce((sum, row) => sum + row._count._all, 0),
    byStatus: statusCounts,
    toScreen: count("SUBMITTED", "SCREENING"),
    inReview: count("IN_REVIEW"),
    shortlisted: count("SHORTLISTED"),
    overdueReviews,
  };
}
