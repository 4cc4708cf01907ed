import "server-only";
import { db } from "@/lib/db";

export type ReviewerQueueItem = Awaited<ReturnType<typeof listReviewerQueue>>[number];

/** The signed-in reviewer's assignments in this organisation: open ones first, by due date. */
export async function listReviewerQueue(organisationId: string, reviewerId: string) {
  const assignments = await db.reviewerAssignment.findMany({
    where: { organisationId, reviewerId, status: { not: "REMOVED" } },
    orderBy: [{ status: "asc" }, { dueAt: { sort: "asc", nulls: "last" } }],
    select: {
      id: true,
      status: true,
      dueAt: true,
      conflictDeclaredAt: true,
      review: { select: { status: true, submittedAt: true } },
      application: {
        select: {
          id: true,
          reference: true,
          projectTitle: true,
          status: true,
          startup: { select: { name: true, nameZh: true } },
          call: { select: { title: true } },
        },
      },
    },
  });
  return assignments;
}
