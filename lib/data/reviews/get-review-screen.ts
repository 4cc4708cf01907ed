import "server-only";
import { db } from "@/lib/db";
import { getCallRubric, getOwnAssignmentOrThrow } from "@/lib/data/reviews/lookups";
import { summariseApplicationScores, withoutExactMean } from "@/lib/domain/scoring";

export type ReviewScreen = Awaited<ReturnType<typeof getReviewScreen>>;

type FormQuestion = {
  key: string;
  label: string;
  type: string;
  options?: { value: string; label: string }[];
};

/** The questions of a form definition, in order (the definition is JSON written by the form builder). */
function questionsOf(definition: unknown): { title: string; questions: FormQuestion[] }[] {
  const sections = (definition as { sections?: unknown })?.sections;
  if (!Array.isArray(sections)) return [];
  return sections.map((section: { title?: string; questions?: FormQuestion[] }) => ({
    title: section.title ?? "",
    questions: Array.isArray(section.questions) ? section.questions : [],
  }));
}

/**
 * What a reviewer sees for one of their own assignments: the application's answers, the rubric,
 * their own review. Other reviewers' scores are read only once this reviewer has submitted, so
 * nothing before then can leak them (not even into the page's serialised props).
 */
export async function getReviewScreen({
  organisationId,
  assignmentId,
  reviewerId,
}: {
  organisationId: string;
  assignmentId: string;
  reviewerId: string;
}) {
  return db.$transaction(async (tx) => {
    const assignment = await getOwnAssignmentOrThrow(tx, {
      organisationId,
      assignmentId,
      reviewerId,
    });
    const [application, rubric, ownReview] = await Promise.all([
      tx.application.findFirstOrThrow({
        where: { id: assignment.applicationId, organisationId },
        select: {
          id: true,
          reference: true,
          projectTitle: true,
          status: true,
          submittedAt: true,
          startup: { select: { name: true, nameZh: true } },
          call: { select: { title: true } },
          form: { select: { definition: true } },
          answers: { select: { questionKey: true, value: true } },
        },
      }),
      getCallRubric(tx, { organisationId, callId: assignment.application.callId }),
      tx.review.findFirst({
        where: { organisationId, assignmentId: assignment.id, reviewerId },
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
    const hasSubmitted = ownReview?.status === "SUBMITTED";
    const others = hasSubmitted
      ? await tx.review.findMany({
          where: {
            organisationId,
            applicationId: application.id,
            status: "SUBMITTED",
            id: { not: ownReview.id },
          },
          select: {
            id: true,
            recommendation: true,
            scores: { select: { criterionId: true, score: true } },
          },
        })
      : [];
    const criteria = (rubric?.criteria ?? []).map((criterion) => ({
      ...criterion,
      weight: criterion.weight.toFixed(4),
    }));
    const answers = new Map(
      application.answers.map((answer) => [answer.questionKey, answer.value]),
    );
    return {
      assignment: {
        id: assignment.id,
        status: assignment.status,
        hasConflict: assignment.hasConflict,
        conflictDeclaredAt: assignment.conflictDeclaredAt,
      },
      application: {
        id: application.id,
        reference: application.reference,
        projectTitle: application.projectTitle,
        status: application.status,
        submittedAt: application.submittedAt,
        startupName: application.startup.name,
        callTitle: application.call.title,
        sections: questionsOf(application.form.definition).map((section) => ({
          title: section.title,
          answers: section.questions.map((question) => ({
            key: question.key,
            label: question.label,
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
            otherReviewCount: others.length,
            summary: withoutExactMean(
              summariseApplicationScores(
                criteria,
                [...others, ownReview].map((review) => ({
                  reviewId: review.id,
                  scores: Object.fromEntries(review.scores.map((s) => [s.criterionId, s.score])),
                })),
              ),
            ),
          }
        : null,
    };
  });
}
