import "server-only";
import { firstFreeSlug, slugify, type Transaction } from "@/lib/data/programmes/lookups";
import { AppError } from "@/lib/errors";

/** The operator's own call, locked for the change (publish and edit serialise on it). */
export async function lockOperatorCallOrThrow(
  tx: Transaction,
  { organisationId, callId }: { organisationId: string; callId: string },
) {
  // FOR UPDATE: two officers publishing, or one editing while another publishes, take turns.
  const locked = await tx.$queryRaw<{ id: string }[]>`
    select id from "Call" where id = ${callId} and "organisationId" = ${organisationId} for update`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", "That call does not exist.");
  const call = await tx.call.findFirst({
    where: { id: callId, organisationId },
    include: { programme: { select: { id: true, name: true, status: true } } },
  });
  if (!call) throw new AppError("NOT_FOUND", "That call does not exist.");
  return call;
}

/** A call slug unique within the operator. */
export async function uniqueCallSlug(tx: Transaction, organisationId: string, title: string) {
  const base = slugify(title, "call");
  const existing = await tx.call.findMany({
    where: { organisationId, slug: { startsWith: base } },
    select: { slug: true },
  });
  return firstFreeSlug(base, new Set(existing.map((row) => row.slug)));
}

/** Every version of the call's form, without the definitions. */
export function listFormVersions(tx: Transaction, callId: string, organisationId: string) {
  return tx.applicationForm.findMany({
    where: { callId, organisationId },
    select: { id: true, version: true, publishedAt: true, updatedAt: true },
    orderBy: { version: "asc" },
  });
}

/** Every version of the call's rubric, without the criteria. */
export function listRubricVersions(tx: Transaction, callId: string, organisationId: string) {
  return tx.reviewRubric.findMany({
    where: { callId, organisationId },
    select: { id: true, version: true, publishedAt: true, updatedAt: true },
    orderBy: { version: "asc" },
  });
}

/**
 * True once a review uses the published rubric: a score on one of its criteria, or a review of
 * the call started since it was published. From then on an edit becomes a new version instead
 * of changing the rubric under the reviewers.
 */
export async function isRubricInUse(
  tx: Transaction,
  rubric: { id: string; callId: string; organisationId: string; publishedAt: Date | null },
) {
  if (!rubric.publishedAt) return false;
  // One after the other: a transaction runs its queries on one connection anyway.
  const scores = await tx.reviewScore.count({
    where: { organisationId: rubric.organisationId, criterion: { rubricId: rubric.id } },
  });
  if (scores > 0) return true;
  const reviews = await tx.review.count({
    where: {
      organisationId: rubric.organisationId,
      application: { callId: rubric.callId },
      createdAt: { gte: rubric.publishedAt },
    },
  });
  return reviews > 0;
}
