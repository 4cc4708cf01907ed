import "server-only";
import { db } from "@/lib/db";
import { ownAssignmentsWhere, type ReviewerContext } from "@/lib/data/reviews/reviewer-scope";

export type ReviewerQueueItem = Awaited<ReturnType<typeof listReviewerQueue>>[number];

/**
 * The signed-in reviewer's assignments reached from this membership (an operator's, or a
 * partner's for co-incubation calls): open ones first, by due date. The applicant's name is
 * left out for blind-review calls.
 */
export async function listReviewerQueue(reviewer: ReviewerContext) {
  const assignments = await db.reviewerAssignment.findMany({
    where: { AND: [ownAssignmentsWhere(reviewer), { status: { not: "REMOVED" } }] },
    orderBy: [{ status: "asc" }, { dueAt: { sort: "asc", nulls: "last" } }],
    select: {
      id: true,
      status: true,
      dueAt: true,
      conflictDeclaredAt: true,
      organisation: { select: { name: true } },
      review: { select: { status: true, submittedAt: true } },
      application: {
        select: {
          id: true,
          reference: true,
          projectTitle: true,
          status: true,
          startupId: true,
          call: { select: { title: true, isBlindReview: true } },
        },
      },
    },
  });
  const startupIds = [
    ...new Set(
      assignments
        .filter((assignment) => !assignment.application.call.isBlindReview)
        .map((assignment) => assignment.application.startupId),
    ),
  ];
  const startups = new Map(
    (
      await db.organisation.findMany({
        where: { id: { in: startupIds } },
        select: { id: true, name: true, nameZh: true },
      })
    ).map((startup) => [startup.id, startup]),
  );
  return assignments.map(({ application: { startupId, ...application }, ...assignment }) => ({
    ...assignment,
    operatorName: assignment.organisation.name,
    application: {
      ...application,
      /** Null on a blind-review call. */
      startup: application.call.isBlindReview ? null : (startups.get(startupId) ?? null),
    },
  }));
}
