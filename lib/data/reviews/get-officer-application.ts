import "server-only";
import { timelineWithClarifications } from "@/lib/data/clarifications/timeline-with-clarifications";
import { db } from "@/lib/db";
import { filesOfAnswer } from "@/lib/domain/file-answers";
import { formDefinitionSchema } from "@/lib/schemas/forms";

export type OfficerApplication = NonNullable<Awaited<ReturnType<typeof getOfficerApplication>>>;
export type OfficerAssignment = OfficerApplication["assignments"][number];

type AnswerRow = { questionKey: string; value: unknown };
type LabelledAnswer = {
  key: string;
  label: string;
  labelZh?: string;
  type: string;
  options: { value: string; label: string }[];
  value: unknown;
};

type AttachedFile = { id: string; fileName: string; sizeBytes: number; mimeType: string };

/**
 * A file question's answer as the files it names, among the application's own attachments
 * (an id of anything else is never shown), so the page can link each download.
 */
function fileValue(value: unknown, attachments: readonly AttachedFile[]): AttachedFile[] | null {
  const files = filesOfAnswer(value, attachments);
  return files.length > 0 ? files : null;
}

/**
 * The office's rationale for its decision. The app role cannot select that column (a start-up
 * can read its own decision row); app_decision_rationale() answers for the calling operator's
 * decisions only.
 */
async function decisionRationale(applicationId: string): Promise<string> {
  const [row] = await db.$queryRaw<{ rationale: string | null }[]>`
    select app_decision_rationale(${applicationId}) as rationale`;
  return row?.rationale ?? "";
}

/**
 * The answers section by section, labelled as the reviewers' screen shows them. A definition
 * that no longer parses still shows every answer, under its question key, rather than none.
 */
function answerSections(
  definition: unknown,
  rows: AnswerRow[],
  attachments: readonly AttachedFile[],
): { title: string; titleZh?: string; answers: LabelledAnswer[] }[] {
  const values = new Map(rows.map((row) => [row.questionKey, row.value]));
  const parsed = formDefinitionSchema.safeParse(definition);
  if (!parsed.success) {
    return [
      {
        title: "Answers",
        answers: rows.map((row) => ({
          key: row.questionKey,
          label: row.questionKey,
          type: "shortText",
          options: [],
          value: row.value,
        })),
      },
    ];
  }
  return parsed.data.sections.map((section) => ({
    title: section.title,
    titleZh: section.titleZh,
    answers: section.questions.map((question) => ({
      key: question.key,
      label: question.label,
      labelZh: question.labelZh,
      type: question.type,
      options: "options" in question ? question.options : [],
      value:
        question.type === "file"
          ? fileValue(values.get(question.key), attachments)
          : (values.get(question.key) ?? null),
    })),
  }));
}

/**
 * The officer's view of one application to one of their calls: answers, screening, timeline
 * (who moved it, when, why), reviewer assignments with conflict flags, and the decision. Null
 * for an application outside the organisation or under another call, which the page shows as
 * 404. Review scores are not here: the call's results page ranks them.
 */
export async function getOfficerApplication({
  organisationId,
  callId,
  applicationId,
}: {
  organisationId: string;
  callId: string;
  applicationId: string;
}) {
  const application = await db.application.findFirst({
    where: { id: applicationId, organisationId, callId },
    select: {
      id: true,
      reference: true,
      projectTitle: true,
      status: true,
      submittedAt: true,
      screeningOutcome: true,
      screeningReason: true,
      startup: { select: { name: true, nameZh: true } },
      call: {
        select: {
          id: true,
          title: true,
          titleZh: true,
          programme: { select: { id: true, name: true } },
        },
      },
      form: { select: { definition: true } },
      answers: { where: { organisationId }, select: { questionKey: true, value: true } },
      statusChanges: {
        where: { organisationId },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          reason: true,
          createdAt: true,
          actor: { select: { name: true } },
        },
      },
      reviewerAssignments: {
        where: { organisationId },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          status: true,
          dueAt: true,
          remindedAt: true,
          conflictDeclaredAt: true,
          hasConflict: true,
          conflictDetails: true,
          flaggedConflictReason: true,
          reviewer: { select: { id: true, name: true } },
          review: { select: { status: true, submittedAt: true } },
        },
      },
      attachments: {
        where: { organisationId },
        orderBy: { createdAt: "asc" },
        select: { id: true, fileName: true, sizeBytes: true, mimeType: true },
      },
      messages: {
        where: { organisationId },
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, createdAt: true, author: { select: { name: true } } },
      },
      enrolment: { select: { id: true } },
      decision: {
        select: {
          outcome: true,
          feedbackToApplicant: true,
          decidedAt: true,
          decidedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!application) return null;
  const { form, answers, reviewerAssignments, messages, attachments, decision, ...rest } =
    application;
  return {
    ...rest,
    decision: decision ? { ...decision, rationale: await decisionRationale(application.id) } : null,
    timeline: timelineWithClarifications(rest.statusChanges, messages),
    sections: answerSections(form.definition, answers, attachments),
    assignments: reviewerAssignments,
  };
}
