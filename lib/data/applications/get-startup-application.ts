import "server-only";
import { notFound } from "next/navigation";
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
      organisation: { select: { name: true } },
      form: { select: { definition: true } },
      answers: { select: { questionKey: true, value: true } },
      call: {
        select: {
          title: true,
          slug: true,
          status: true,
          opensAt: true,
          closesAt: true,
          eligibilityCriteria: {
            orderBy: { position: "asc" },
            select: { id: true, label: true, description: true, rule: true },
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
    },
  });
  if (!application) notFound();
  const { form, answers, ...rest } = application;
  return {
    ...rest,
    definition: parseFormDefinition(form.definition),
    answers: Object.fromEntries(answers.map((answer) => [answer.questionKey, answer.value])),
  };
}
