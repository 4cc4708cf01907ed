import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Database } from "@/lib/db-client";
import { ownAssignmentsWhere, type ReviewerContext } from "@/lib/data/reviews/reviewer-scope";
import { AppError } from "@/lib/errors";

type Transaction = Omit<Database, ITXClientDenyList>;

/** The operator's application by id, for an officer's action; NOT_FOUND outside the tenant. */
export async function getOperatorApplicationOrThrow(
  tx: Transaction,
  { organisationId, applicationId }: { organisationId: string; applicationId: string },
) {
  const application = await tx.application.findFirst({
    where: { id: applicationId, organisationId },
    select: {
      id: true,
      organisationId: true,
      status: true,
      reference: true,
      projectTitle: true,
      startupId: true,
      createdById: true,
      callId: true,
      call: { select: { id: true, title: true, programmeId: true } },
    },
  });
  if (!application) throw new AppError("NOT_FOUND", "That application does not exist.");
  return application;
}

/**
 * The signed-in reviewer's own assignment, reached from their active membership (an operator's,
 * or a partner's for a co-incubation call: see ownAssignmentsWhere). Someone else's assignment,
 * or one the membership does not reach, is NOT_FOUND: a reviewer never learns who else reviews
 * an application. `organisationId` is the operator's: reviews and audit events are written there.
 */
export async function getOwnAssignmentOrThrow(
  tx: Transaction,
  { reviewer, assignmentId }: { reviewer: ReviewerContext; assignmentId: string },
) {
  const assignment = await tx.reviewerAssignment.findFirst({
    where: { AND: [{ id: assignmentId }, ownAssignmentsWhere(reviewer)] },
    select: {
      id: true,
      organisationId: true,
      status: true,
      dueAt: true,
      hasConflict: true,
      conflictDeclaredAt: true,
      applicationId: true,
      application: {
        select: { id: true, status: true, reference: true, callId: true },
      },
      review: { select: { id: true, status: true } },
    },
  });
  if (!assignment) throw new AppError("NOT_FOUND", "That review assignment does not exist.");
  return assignment;
}

/** The rubric reviews of a call are scored against: its latest published version. */
export async function getCallRubric(
  tx: Transaction,
  { organisationId, callId }: { organisationId: string; callId: string },
) {
  return tx.reviewRubric.findFirst({
    where: { organisationId, callId, publishedAt: { not: null } },
    orderBy: { version: "desc" },
    select: {
      id: true,
      scaleMin: true,
      scaleMax: true,
      criteria: {
        orderBy: { position: "asc" },
        select: { id: true, key: true, label: true, labelZh: true, guidance: true, weight: true },
      },
    },
  });
}
