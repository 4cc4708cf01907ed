import "server-only";
import { db } from "@/lib/db";
import { getCallRubric, getOwnAssignmentOrThrow } from "@/lib/data/reviews/lookups";
import type { ReviewerContext } from "@/lib/data/reviews/reviewer-scope";
import { summariseApplicationScores, withoutExactMean } from "@/lib/domain/scoring";

export type ReviewScreen = Awaited<ReturnType<typeof getReviewScreen>>;

type FormQuestion = {
  key: string;
  label: string;
  labelZh?: string;
  type: string;
  options?: { value: string; label: string }[];
};

type PanelRow = {
  review_id: string;
  recommendation: string | null;
  criterion_id: string | null;
  score: number | null;
};

/** The questions of a form definition, in order (the definition is JSON written by the form builder). */
function questionsOf(
  definition: unknown,
): { title: string; titleZh?: string; questions: FormQuestion[] }[] {
  const sections = (definition as { sections?: unknown })?.sections;
  if (!Array.isArray(sections)) return [];
  return sections.map(
    (section: { title?: string; titleZh?: string; questions?: FormQuestion[] }) => ({
      title: section.title ?? "",
      titleZh: typeof section.titleZh === "string" ? section.titleZh : undefined,
      questions: Array.isArray(section.questions) ? section.questions : [],
    }),
  );
}

/** The rows of app_reviewer_panel() grouped into one scored review each. */
function panelReviews(rows: PanelRow[]) {
  const reviews = new Map<string, { reviewId: string; scores: Record<string, number> }>();
  for (const row of rows) {
    const review = reviews.get(row.review_id) ?? { reviewId: row.review_id, scores: {} };
    if (row.criterion_id && row.score !== null) review.scores[row.criterion_id] = row.score;
    reviews.set(row.review_id, review);
  }
  return [...reviews.values()];
}

/**
 * What a reviewer sees for one of their own assignments: the application's answers and files,
 * the rubric, their own review. Blind-review calls never carry the applicant's name. Other
 * reviewers' scores are read only once this reviewer has submitted, and only as the anonymous
 * panel that app_reviewer_panel() returns, so nothing before then can leak them (not even into
 * the page's serialised props). Works from an operator's membership and from a partner's.
 */
export async function getReviewScreen({
  reviewer,
  assignmentId,
}: {
  reviewer: ReviewerContext;
  assignmentId: string;
}) {
  return db.$transaction(async (tx) => {
    const assignment = await getOwnAssignmentOrThrow(tx, { reviewer, assignmentId });
    const operatorId = assignment.organisationId;
    const [application, rubric, ownReview] = await Promise.all([
      tx.application.findFirstOrThrow({
        where: { id: assignment.applicationId, organisationId: operatorId },
        select: {
          id: true,
          reference: true,
          projectTitle: true,
          status: true,
          submittedAt: true,
          startupId: true,
          call: { select: { title: true, isBlindReview: true } },
          form: { select: { definition: true } },
          answers: {
            where: { organisationId: operatorId },
            select: { questionKey: true, value: true },
          },
          attachments: {
            where: { organisationId: operatorId },
            orderBy: { createdAt: "asc" },
            select: { id: true, kind: true, fileName: true, sizeBytes: true },
          },
        },
      }),
      getCallRubric(tx, { organisationId: operatorId, callId: assignment.application.callId }),
      tx.review.findFirst({
        where: {
          organisationId: operatorId,
          assignmentId: assignment.id,
          reviewerId: reviewer.userId,
        },
        select: {
          id: true,
          status: true,
          recommendation: true,
          overallComment: true,
          submittedAt: true,
          scores: { select: { criterionId: true, score: true, comment: true } },
        },
      }),
    ]);
    const isBlind = application.call.isBlindReview;
    // Read only when the call is not blind: the start-up's name never reaches a blind reviewer.
    const startup = isBlind
      ? null
      : await tx.organisation.findUnique({
          where: { id: application.startupId },
          select: { name: true, nameZh: true },
        });
    const hasSubmitted = ownReview?.status === "SUBMITTED";
    const panelRows = hasSubmitted
      ? await tx.$queryRaw<PanelRow[]>`
          select review_id, recommendation, criterion_id, score
          from app_reviewer_panel(${assignment.id})`
      : [];
    const criteria = (rubric?.criteria ?? []).map((criterion) => ({
      ...criterion,
      weight: criterion.weight.toFixed(4),
    }));
    const answers = new Map(
      application.answers.map((answer) => [answer.questionKey, answer.value]),
    );
    const panel = panelReviews(panelRows);
    return {
      assignment: {
        id: assignment.id,
        status: assignment.status,
        dueAt: assignment.dueAt,
        hasConflict: assignment.hasConflict,
        conflictDeclaredAt: assignment.conflictDeclaredAt,
      },
      application: {
        id: application.id,
        reference: application.reference,
        projectTitle: application.projectTitle,
        status: application.status,
        submittedAt: application.submittedAt,
        isBlindReview: isBlind,
        /** Null on a blind-review call. */
        startupName: startup?.name ?? null,
        startupNameZh: startup?.nameZh ?? null,
        callTitle: application.call.title,
        attachments: application.attachments,
        sections: questionsOf(application.form.definition).map((section) => ({
          title: section.title,
          titleZh: section.titleZh,
          answers: section.questions.map((question) => ({
            key: question.key,
            label: question.label,
            labelZh: question.labelZh,
            type: question.type,
            options: Array.isArray(question.options) ? question.options : [],
            value: answers.get(question.key) ?? null,
          })),
        })),
      },
      rubric: rubric ? { scaleMin: rubric.scaleMin, scaleMax: rubric.scaleMax, criteria } : null,
      ownReview,
      /** Only after this reviewer submitted: the panel so far, without names. */
      panel: hasSubmitted
        ? {
            otherReviewCount: Math.max(0, panel.length - 1),
            summary: withoutExactMean(summariseApplicationScores(criteria, panel)),
          }
        : null,
    };
  });
}
