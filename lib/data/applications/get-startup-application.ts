import "server-only";
import { notFound } from "next/navigation";
import { timelineWithClarifications } from "@/lib/data/clarifications/timeline-with-clarifications";
import { db } from "@/lib/db";
import { parseFormDefinition } from "@/lib/schemas/forms";

export type StartupApplication = Awaited<ReturnType<typeof getStartupApplicationOrThrow>>;

/**
 * The start-up's own application with its form, answers, eligibility criteria and timeline;
 * 404 for any other start-up's. Officers' internal screening notes are never selected.
 */
export async function getStartupApplicationOrThrow(startupId: string, applicationId: string) {
  const application = await db.application.findFirst({
    where: { id: applicationId, startupId },
    select: {
      id: true,
      reference: true,
      projectTitle: true,
      status: true,
      version: true,
      submittedAt: true,
      updatedAt: true,
      organisation: { select: { name: true, nameZh: true } },
      // What the applicant is told; the rationale is the office's own and is never selected.
      decision: { select: { outcome: true, feedbackToApplicant: true, decidedAt: true } },
      form: { select: { definition: true } },
      answers: { select: { questionKey: true, value: true } },
      call: {
        select: {
          title: true,
          titleZh: true,
          slug: true,
          status: true,
          opensAt: true,
          closesAt: true,
          eligibilityCriteria: {
            orderBy: { position: "asc" },
            select: { id: true, label: true, labelZh: true, description: true, rule: true },
          },
        },
      },
      statusChanges: {
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
      messages: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, createdAt: true, author: { select: { name: true } } },
      },
      attachments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, fileName: true, sizeBytes: true, mimeType: true },
      },
    },
  });
  if (!application) notFound();
  const { form, answers, messages, ...rest } = application;
  return {
    ...rest,
    timeline: timelineWithClarifications(rest.statusChanges, messages),
    definition: parseFormDefinition(form.definition),
    answers: Object.fromEntries(answers.map((answer) => [answer.questionKey, answer.value])),
  };
}
