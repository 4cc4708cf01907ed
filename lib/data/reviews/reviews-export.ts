import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewerAssignmentStatus } from "@/lib/generated/prisma/enums";
import type { CsvCell } from "@/lib/domain/csv";
import { formatHkDate, formatHkDateTime } from "@/lib/domain/dates";

const EXPORTED_STATUSES = ["ASSIGNED", "CONFLICTED", "SUBMITTED"] as const;

/** The officer's filters of the operator's review assignments. */
export type ReviewAssignmentFilters = {
  status?: (typeof EXPORTED_STATUSES)[number];
  callId?: string;
  /** Open assignments past their due date only. */
  isOverdue?: boolean;
};

/** Filters from `?status=&call=&overdue=1`; unknown values are ignored. */
export function readReviewAssignmentFilters(params: URLSearchParams): ReviewAssignmentFilters {
  const status = params.get("status") ?? "";
  const callId = params.get("call")?.trim();
  return {
    status: (EXPORTED_STATUSES as readonly string[]).includes(status)
      ? (status as ReviewAssignmentFilters["status"])
      : undefined,
    callId: callId && callId.length <= 40 ? callId : undefined,
    isOverdue: params.get("overdue") === "1" ? true : undefined,
  };
}

const STATUS_LABELS: Record<ReviewerAssignmentStatus, string> = {
  ASSIGNED: "To review",
  CONFLICTED: "Conflict declared",
  SUBMITTED: "Submitted",
  REMOVED: "Removed",
};

/** The `where` of the operator's (non-removed) assignments under the filters. */
export function reviewAssignmentsWhere(
  organisationId: string,
  filters: ReviewAssignmentFilters,
  now: Date,
): Prisma.ReviewerAssignmentWhereInput {
  return {
    organisationId,
    status: filters.isOverdue ? "ASSIGNED" : (filters.status ?? { not: "REMOVED" }),
    ...(filters.isOverdue ? { dueAt: { lt: now } } : {}),
    ...(filters.callId ? { application: { organisationId, callId: filters.callId } } : {}),
  };
}

/**
 * Every review assignment of the operator (officer's view) as CSV rows: application, call,
 * reviewer, status, due date, whether overdue, conflict flag, submitted date and recommendation.
 * A bounded select; blind-review calls still name the applicant, as officers see it anyway.
 */
export async function buildReviewsExport(
  organisationId: string,
  filters: ReviewAssignmentFilters,
  now = new Date(),
) {
  const assignments = await db.reviewerAssignment.findMany({
    where: reviewAssignmentsWhere(organisationId, filters, now),
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    select: {
      status: true,
      dueAt: true,
      createdAt: true,
      flaggedConflictReason: true,
      reviewer: { select: { name: true, email: true } },
      review: { select: { status: true, submittedAt: true, recommendation: true } },
      application: {
        select: {
          reference: true,
          projectTitle: true,
          status: true,
          startup: { select: { name: true } },
          call: { select: { title: true } },
        },
      },
    },
  });
  const header = [
    "Reference",
    "Start-up",
    "Project",
    "Call",
    "Reviewer",
    "Reviewer email",
    "Assignment status",
    "Assigned on",
    "Due on",
    "Overdue",
    "Possible conflict",
    "Review submitted on",
    "Recommendation",
  ];
  const rows: CsvCell[][] = assignments.map((assignment) => {
    const isOverdue =
      assignment.status === "ASSIGNED" && assignment.dueAt !== null && assignment.dueAt < now;
    const submittedAt =
      assignment.review?.status === "SUBMITTED" ? assignment.review.submittedAt : null;
    return [
      assignment.application.reference,
      assignment.application.startup.name,
      assignment.application.projectTitle,
      assignment.application.call.title,
      assignment.reviewer.name,
      assignment.reviewer.email,
      STATUS_LABELS[assignment.status],
      formatHkDate(assignment.createdAt),
      assignment.dueAt ? formatHkDateTime(assignment.dueAt) : null,
      isOverdue ? "Yes" : "No",
      assignment.flaggedConflictReason ? "Yes" : "No",
      submittedAt ? formatHkDate(submittedAt) : null,
      submittedAt ? (assignment.review?.recommendation ?? null) : null,
    ];
  });
  return { header, rows };
}
