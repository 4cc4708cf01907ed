import "server-only";
import { db } from "@/lib/db";
import { getCallRubric } from "@/lib/data/reviews/lookups";
import {
  rankApplications,
  summariseApplicationScores,
  withoutExactMean,
} from "@/lib/domain/scoring";

export type CallResults = NonNullable<Awaited<ReturnType<typeof getCallResults>>>;
export type CallResultRow = CallResults["applications"][number];

const REVIEWED_STATUSES = [
  "SCREENING",
  "IN_REVIEW",
  "SHORTLISTED",
  "ACCEPTED",
  "REJECTED",
] as const;

/**
 * The officer's results for a call: per application the weighted mean of submitted reviews,
 * spread, per-criterion means, outlier reviews and status, ranked. Null for a call outside the
 * tenant.
 */
export async function getCallResults(organisationId: string, callId: string) {
  return db.$transaction(async (tx) => {
    const call = await tx.call.findFirst({
      where: { id: callId, organisationId },
      select: {
        id: true,
        title: true,
        titleZh: true,
        closesAt: true,
        programme: { select: { name: true, nameZh: true } },
      },
    });
    if (!call) return null;
    const [rubric, applications] = await Promise.all([
      getCallRubric(tx, { organisationId, callId }),
      tx.application.findMany({
        where: { organisationId, callId, status: { in: [...REVIEWED_STATUSES] } },
        select: {
          id: true,
          reference: true,
          projectTitle: true,
          status: true,
          startup: { select: { name: true, nameZh: true } },
          decision: { select: { outcome: true } },
          reviewerAssignments: {
            where: { organisationId },
            select: { id: true, status: true, flaggedConflictReason: true },
          },
          reviews: {
            where: { organisationId, status: "SUBMITTED" },
            orderBy: { submittedAt: "asc" },
            select: {
              id: true,
              recommendation: true,
              reviewer: { select: { name: true } },
              scores: { select: { criterionId: true, score: true } },
            },
          },
        },
      }),
    ]);
    const criteria = (rubric?.criteria ?? []).map((criterion) => ({
      id: criterion.id,
      label: criterion.label,
      labelZh: criterion.labelZh,
      weight: criterion.weight.toFixed(4),
    }));
    const ranked = rankApplications(
      applications.map((application) => ({
        ...application,
        summary: summariseApplicationScores(
          criteria,
          application.reviews.map((review) => ({
            reviewId: review.id,
            scores: Object.fromEntries(review.scores.map((s) => [s.criterionId, s.score])),
          })),
        ),
      })),
    );
    return {
      call,
      rubric: rubric ? { scaleMin: rubric.scaleMin, scaleMax: rubric.scaleMax, criteria } : null,
      applications: ranked.map((application) => ({
        id: application.id,
        rank: application.rank,
        reference: application.reference,
        projectTitle: application.projectTitle,
        startupName: application.startup.name,
        startupNameZh: application.startup.nameZh,
        status: application.status,
        decision: application.decision?.outcome ?? null,
        assignedCount: application.reviewerAssignments.filter((a) => a.status !== "REMOVED").length,
        conflictedCount: application.reviewerAssignments.filter((a) => a.status === "CONFLICTED")
          .length,
        flaggedConflicts: application.reviewerAssignments.flatMap((a) =>
          a.flaggedConflictReason ? [a.flaggedConflictReason] : [],
        ),
        summary: withoutExactMean(application.summary),
        reviews: application.reviews.map((review) => ({
          id: review.id,
          reviewerName: review.reviewer.name,
          recommendation: review.recommendation,
        })),
      })),
    };
  });
}
