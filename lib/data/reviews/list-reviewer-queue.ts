import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewerAssignmentStatus } from "@/lib/generated/prisma/enums";
import { ownAssignmentsWhere, type ReviewerContext } from "@/lib/data/reviews/reviewer-scope";
import { cursorDate, decodeCursor, PAGE_SIZE, takePage } from "@/lib/pagination/cursor";

export type ReviewerQueueItem = Awaited<ReturnType<typeof listReviewerQueue>>[number];

/** The queue's order: open before conflicted before submitted (the enum's order in SQL). */
const QUEUE_STATUSES: ReviewerAssignmentStatus[] = ["ASSIGNED", "CONFLICTED", "SUBMITTED"];

/**
 * Rows after a cursor [status, dueAt ISO or "", id] in the order status, due date (none last),
 * id. Prisma compares enums by equality only, so "a later status" is the list of later ones.
 */
function afterCursor(cursor: string | undefined): Prisma.ReviewerAssignmentWhereInput | null {
  const parts = decodeCursor(cursor, 3);
  if (!parts) return null;
  const [status, due, id] = parts.map(String) as [string, string, string];
  const position = QUEUE_STATUSES.indexOf(status as ReviewerAssignmentStatus);
  if (position < 0) return null;
  const dueAt = due === "" ? null : cursorDate(due);
  if (dueAt === undefined) return null;
  const sameStatus = status as ReviewerAssignmentStatus;
  const withinStatus: Prisma.ReviewerAssignmentWhereInput[] =
    dueAt === null
      ? [{ status: sameStatus, dueAt: null, id: { gt: id } }]
      : [
          { status: sameStatus, dueAt: { gt: dueAt } },
          { status: sameStatus, dueAt, id: { gt: id } },
          { status: sameStatus, dueAt: null },
        ];
  return { OR: [{ status: { in: QUEUE_STATUSES.slice(position + 1) } }, ...withinStatus] };
}

/** How many of the reviewer's assignments are open, and how many of those are overdue. */
export async function countReviewerQueue(reviewer: ReviewerContext, now = new Date()) {
  const open = { AND: [ownAssignmentsWhere(reviewer), { status: "ASSIGNED" as const }] };
  // One connection, one count after another: the page already reads in parallel.
  return db.$transaction(async (tx) => ({
    total: await tx.reviewerAssignment.count({
      where: { AND: [ownAssignmentsWhere(reviewer), { status: { not: "REMOVED" } }] },
    }),
    open: await tx.reviewerAssignment.count({ where: open }),
    overdue: await tx.reviewerAssignment.count({ where: { AND: [open, { dueAt: { lt: now } }] } }),
  }));
}

/**
 * One page (50) of the reviewer's queue after `cursor`, in the queue's order, and the next
 * page's cursor.
 */
export async function listReviewerQueuePage(
  reviewer: ReviewerContext,
  { cursor, size = PAGE_SIZE }: { cursor?: string; size?: number } = {},
) {
  const rows = await listReviewerQueue(reviewer, { after: afterCursor(cursor), take: size + 1 });
  return takePage(rows, (row) => [row.status, row.dueAt?.toISOString() ?? "", row.id], size);
}

/**
 * The signed-in reviewer's assignments reached from this membership (an operator's, or a
 * partner's for co-incubation calls): open ones first, by due date. The applicant's name is
 * left out for blind-review calls.
 */
export async function listReviewerQueue(
  reviewer: ReviewerContext,
  { after, take }: { after?: Prisma.ReviewerAssignmentWhereInput | null; take?: number } = {},
) {
  const assignments = await db.reviewerAssignment.findMany({
    where: {
      AND: [
        ownAssignmentsWhere(reviewer),
        { status: { not: "REMOVED" } },
        ...(after ? [after] : []),
      ],
    },
    orderBy: [{ status: "asc" }, { dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    ...(take ? { take } : {}),
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
