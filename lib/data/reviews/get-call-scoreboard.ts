import "server-only";
import { db } from "@/lib/db";
import { getCallRubric } from "@/lib/data/reviews/lookups";
import { summariseApplicationScores, withoutExactMean } from "@/lib/domain/scoring";
import type { ReviewRecommendation } from "@/lib/generated/prisma/enums";
import {
  callApplicationsWhere,
  type CallApplicationFilters,
} from "@/lib/data/reviews/call-application-filters";
import { decodeCursor, takePage } from "@/lib/pagination/cursor";

export type CallScoreboard = NonNullable<Awaited<ReturnType<typeof getCallScoreboard>>>;
export type CallScoreboardRow = CallScoreboard["applications"][number];

const RECOMMENDATIONS: ReviewRecommendation[] = [
  "STRONGLY_SUPPORT",
  "SUPPORT",
  "NEUTRAL",
  "DO_NOT_SUPPORT",
];

/**
 * Every application made to one of the operator's calls (drafts are the applicant's own and
 * left out), by reference: status, screening, reviewers (submitted of assigned, overdue, likely
 * conflicts), the weighted mean, spread and per-criterion means of submitted reviews, the
 * recommendations and the decision. The officer's list and the CSV export read it, with the
 * same filters. With `page`, only `page.size` applications after `page.cursor` (by reference,
 * then id) and the next page's cursor. Null for a call outside the tenant.
 */
export async function getCallScoreboard(
  organisationId: string,
  callId: string,
  now = new Date(),
  {
    filters = {},
    page,
  }: { filters?: CallApplicationFilters; page?: { cursor?: string; size: number } } = {},
) {
  const after = page ? decodeCursor(page.cursor, 2) : undefined;
  const where = callApplicationsWhere(organisationId, callId, filters);
  // One consistent read; the whole call (the CSV export of thousands of applications with their
  // scores) takes longer than Prisma's 5-second default, a page does not.
  const timing = { maxWait: 10_000, timeout: page ? 15_000 : 60_000 };
  return db.$transaction(async (tx) => {
    const call = await tx.call.findFirst({
      where: { id: callId, organisationId },
      select: {
        id: true,
        slug: true,
        title: true,
        titleZh: true,
        status: true,
        closesAt: true,
        isBlindReview: true,
        programme: { select: { id: true, name: true, nameZh: true, kind: true } },
      },
    });
    if (!call) return null;
    const [rubric, applications] = await Promise.all([
      getCallRubric(tx, { organisationId, callId }),
      tx.application.findMany({
        where: after
          ? {
              AND: [
                where,
                {
                  OR: [
                    { reference: { gt: String(after[0]) } },
                    { reference: String(after[0]), id: { gt: String(after[1]) } },
                  ],
                },
              ],
            }
          : where,
        orderBy: [{ reference: "asc" }, { id: "asc" }],
        ...(page ? { take: page.size + 1 } : {}),
        select: {
          id: true,
          reference: true,
          projectTitle: true,
          status: true,
          submittedAt: true,
          screeningOutcome: true,
          startup: { select: { name: true, nameZh: true } },
          decision: { select: { outcome: true, decidedAt: true } },
          reviewerAssignments: {
            where: { organisationId },
            select: { status: true, dueAt: true, flaggedConflictReason: true },
          },
          reviews: {
            where: { organisationId, status: "SUBMITTED" },
            select: {
              id: true,
              recommendation: true,
              scores: { select: { criterionId: true, score: true } },
            },
          },
        },
      }),
    ]);
    const pageOfApplications = page
      ? takePage(applications, (row) => [row.reference, row.id], page.size)
      : { items: applications, nextCursor: null };
    const criteria = (rubric?.criteria ?? []).map((criterion) => ({
      id: criterion.id,
      label: criterion.label,
      weight: criterion.weight.toFixed(4),
    }));
    return {
      call,
      rubric: rubric ? { scaleMin: rubric.scaleMin, scaleMax: rubric.scaleMax, criteria } : null,
      nextCursor: pageOfApplications.nextCursor,
      applications: pageOfApplications.items.map((application) => {
        const active = application.reviewerAssignments.filter((a) => a.status !== "REMOVED");
        const summary = summariseApplicationScores(
          criteria,
          application.reviews.map((review) => ({
            reviewId: review.id,
            scores: Object.fromEntries(review.scores.map((s) => [s.criterionId, s.score])),
          })),
        );
        const recommendations = Object.fromEntries(
          RECOMMENDATIONS.map((recommendation) => [
            recommendation,
            application.reviews.filter((review) => review.recommendation === recommendation).length,
          ]),
        ) as Record<ReviewRecommendation, number>;
        return {
          id: application.id,
          reference: application.reference,
          projectTitle: application.projectTitle,
          startupName: application.startup.name,
          startupNameZh: application.startup.nameZh,
          status: application.status,
          submittedAt: application.submittedAt,
          screeningOutcome: application.screeningOutcome,
          decision: application.decision,
          /** Reviewers still expected to score: assigned or submitted, not conflicted. */
          expectedReviews: active.filter((a) => a.status !== "CONFLICTED").length,
          conflictedCount: active.filter((a) => a.status === "CONFLICTED").length,
          overdueCount: active.filter(
            (a) => a.status === "ASSIGNED" && a.dueAt !== null && a.dueAt < now,
          ).length,
          flaggedConflictCount: active.filter((a) => a.flaggedConflictReason).length,
          recommendations,
          summary: withoutExactMean(summary),
        };
      }),
    };
  }, timing);
}
