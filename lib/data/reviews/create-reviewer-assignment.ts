import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import { recordAuditEvent } from "@/lib/audit";
import type { Database } from "@/lib/db-client";
import { likelyConflictReason } from "@/lib/data/reviews/likely-conflict";
import { findPartnerReviewers, OPERATOR_REVIEWER_ROLES } from "@/lib/data/reviews/reviewer-pool";
import { formatHkDate } from "@/lib/domain/dates";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import type { RequestContext } from "@/lib/request-context";

type Transaction = Omit<Database, ITXClientDenyList>;

const ASSIGNABLE_STATUSES = new Set<ApplicationStatus>(["SCREENING", "IN_REVIEW", "SHORTLISTED"]);

/** A reviewer the operator may assign, and the organisation they will review from. */
export type AssignableReviewer = {
  userId: string;
  name: string;
  /** Partner scientists review only shortlisted applications (canReviewShortlisted). */
  isPartner: boolean;
  /** Where their queue is: the operator's slug, or their partner's. */
  reviewsFromSlug: string;
};

/**
 * The reviewer, if the operator may assign them to applications of this programme: an active
 * officer, mentor or external reviewer of the operator, or a partner scientist of a partner
 * linked to the programme that may review. NOT_FOUND otherwise.
 */
export async function getAssignableReviewerOrThrow(
  tx: Transaction,
  {
    organisation,
    programmeId,
    reviewerId,
  }: { organisation: { id: string; slug: string }; programmeId: string; reviewerId: string },
): Promise<AssignableReviewer> {
  const own = await tx.membership.findFirst({
    where: {
      organisationId: organisation.id,
      userId: reviewerId,
      status: "ACTIVE",
      role: { in: [...OPERATOR_REVIEWER_ROLES] },
      user: { deactivatedAt: null },
    },
    select: { user: { select: { id: true, name: true } } },
  });
  if (own) {
    return {
      userId: own.user.id,
      name: own.user.name,
      isPartner: false,
      reviewsFromSlug: organisation.slug,
    };
  }
  const partner = (await findPartnerReviewers(tx, { programmeId })).find(
    (candidate) => candidate.userId === reviewerId,
  );
  if (partner) {
    return {
      userId: partner.userId,
      name: partner.name,
      isPartner: true,
      reviewsFromSlug: partner.partnerSlug,
    };
  }
  throw new AppError(
    "NOT_FOUND",
    "Choose an active programme officer, mentor or external reviewer of this organisation, or a scientist of one of the programme's partners.",
  );
}

type AssignableApplication = {
  id: string;
  organisationId: string;
  status: ApplicationStatus;
  reference: string;
  projectTitle: string;
  createdById: string;
  call: { title: string };
};

/** Why this reviewer cannot be assigned to this application now, or null. */
export async function assignmentProblem(
  tx: Transaction,
  { application, reviewer }: { application: AssignableApplication; reviewer: AssignableReviewer },
): Promise<string | null> {
  if (!ASSIGNABLE_STATUSES.has(application.status)) {
    return `${application.reference} is ${application.status.toLowerCase().replace("_", " ")}: reviewers are assigned once it is screened eligible.`;
  }
  if (reviewer.isPartner && application.status !== "SHORTLISTED") {
    return `${application.reference} is not shortlisted: partner scientists review shortlisted applications.`;
  }
  const existing = await tx.reviewerAssignment.findFirst({
    where: {
      organisationId: application.organisationId,
      applicationId: application.id,
      reviewerId: reviewer.userId,
    },
    select: { id: true },
  });
  if (existing) return `${reviewer.name} is already assigned to ${application.reference}.`;
  return null;
}

/**
 * Inside the officer's transaction, after assignmentProblem() said nothing: creates the
 * assignment with its due date and likely-conflict flag, tells the reviewer (in-app notice
 * linking to their queue) and records the audit event.
 */
export async function createReviewerAssignment(
  tx: Transaction,
  input: {
    organisation: { id: string; name: string };
    actorId: string;
    request: RequestContext;
    application: AssignableApplication;
    reviewer: AssignableReviewer;
    dueAt: Date;
  },
): Promise<{ id: string; flaggedConflictReason: string | null }> {
  const { application, reviewer, organisation } = input;
  const flaggedConflictReason = await likelyConflictReason(tx, {
    application,
    reviewerId: reviewer.userId,
  });
  const created = await tx.reviewerAssignment.create({
    data: {
      organisationId: organisation.id,
      applicationId: application.id,
      reviewerId: reviewer.userId,
      dueAt: input.dueAt,
      flaggedConflictReason,
    },
    select: { id: true, dueAt: true, flaggedConflictReason: true },
  });
  // notify() is typed for the client without `omit`; the rows it writes are the same.
  await notify(tx as unknown as Prisma.TransactionClient, {
    organisationId: organisation.id,
    userIds: [reviewer.userId],
    kind: "REVIEW_ASSIGNED",
    title: `Please review ${application.reference}`,
    body: `${organisation.name} asks you to review "${application.projectTitle}" (${application.call.title}) by ${formatHkDate(input.dueAt)}. Declare any conflict of interest before you score.`,
    link: `/${reviewer.reviewsFromSlug}/reviews/${created.id}`,
  });
  await recordAuditEvent(tx, {
    organisationId: organisation.id,
    actorId: input.actorId,
    action: "review.assign",
    targetType: "ReviewerAssignment",
    targetId: created.id,
    after: {
      applicationId: application.id,
      reviewerId: reviewer.userId,
      dueAt: created.dueAt,
      flaggedConflictReason,
      ...(reviewer.isPartner ? { reviewsFrom: reviewer.reviewsFromSlug } : {}),
    },
    ...input.request,
  });
  return { id: created.id, flaggedConflictReason: created.flaggedConflictReason };
}

/** The end of a Hong Kong calendar day ("2026-12-18"), when a review falls due. */
export function endOfHongKongDay(calendarDate: string): Date {
  return new Date(`${calendarDate}T23:59:59.999+08:00`);
}
