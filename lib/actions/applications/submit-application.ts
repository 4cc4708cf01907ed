"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { changeApplicationStatus } from "@/lib/data/applications/change-application-status";
import { findStartupApplicationForChange } from "@/lib/data/applications/find-startup-application-for-change";
import { db } from "@/lib/db";
import { transitionProblem } from "@/lib/domain/application-status";
import { formatHkDateTime } from "@/lib/domain/dates";
import { blockingEligibilityResults, evaluateEligibility } from "@/lib/domain/eligibility";
import { keepAttachedFiles } from "@/lib/domain/file-answers";
import { AppError } from "@/lib/errors";
import { submitApplicationSchema } from "@/lib/schemas/applications";
import { buildAnswersSchema, formQuestions, parseFormDefinition } from "@/lib/schemas/forms";

/** Why a call takes no submission at `now`, in words for the applicant; null while it is open. */
function callWindowProblem(
  call: { title: string; status: string; opensAt: Date; closesAt: Date },
  now: Date,
): string | null {
  if (call.status !== "PUBLISHED" || call.closesAt <= now) {
    return `${call.title} closed on ${formatHkDateTime(call.closesAt)} (Hong Kong time); it no longer takes submissions.`;
  }
  if (call.opensAt > now) {
    return `${call.title} opens for submissions on ${formatHkDateTime(call.opensAt)} (Hong Kong time).`;
  }
  return null;
}

/**
 * Submits a draft while its call is open: every visible required question answered, every
 * checkable eligibility rule met. Answers to hidden questions are deleted first, so reviewers
 * read only what the applicant last saw.
 */
export const submitApplication = organisationAction
  .metadata({ name: "submit-application", permission: "application.submit" })
  .inputSchema(submitApplicationSchema)
  .action(
    async ({ parsedInput: { applicationId, version }, ctx: { user, organisation, request } }) => {
      await db.$transaction(async (tx) => {
        const application = await findStartupApplicationForChange(tx, {
          startupId: organisation.id,
          applicationId,
        });
        const statusProblem = transitionProblem(application.status, "SUBMITTED", "STARTUP");
        if (statusProblem) throw new AppError("CONFLICT", statusProblem);
        if (application.version !== version) {
          throw new AppError(
            "CONFLICT",
            "The answers changed on another tab or device. Reload and review them before submitting.",
          );
        }
        const windowProblem = callWindowProblem(application.call, new Date());
        if (windowProblem) throw new AppError("CONFLICT", windowProblem);

        const definition = parseFormDefinition(application.form.definition);
        const stored = Object.fromEntries(
          application.answers.map((answer) => [answer.questionKey, answer.value]),
        );
        // A file question counts only files still attached to this application.
        const attached = await tx.attachment.findMany({
          where: { applicationId: application.id },
          select: { id: true },
        });
        const checked = buildAnswersSchema(definition, "submit").safeParse(
          keepAttachedFiles(definition, stored, new Set(attached.map((file) => file.id))),
        );
        if (!checked.success) {
          const problems = checked.error.issues.map((issue) => issue.message);
          throw new AppError("INVALID", `Before you submit: ${problems.join(" ")}`);
        }
        const labels = new Map(formQuestions(definition).map((q) => [q.key, q.label]));
        const blocking = blockingEligibilityResults(
          evaluateEligibility(
            application.call.eligibilityCriteria,
            checked.data,
            (key) => labels.get(key) ?? key,
          ),
        );
        if (blocking.length > 0) {
          const reasons = blocking.map((r) => `${r.criterion.label}: ${r.reason}`);
          throw new AppError("INVALID", `Not eligible for this call. ${reasons.join(" ")}`);
        }
        const hiddenKeys = Object.keys(stored).filter((key) => !(key in checked.data));
        if (hiddenKeys.length > 0) {
          await tx.applicationAnswer.deleteMany({
            where: { applicationId: application.id, questionKey: { in: hiddenKeys } },
          });
        }
        await changeApplicationStatus(tx, {
          application,
          to: "SUBMITTED",
          side: "STARTUP",
          actorId: user.id,
          auditOrganisationId: organisation.id,
          request,
        });
      });
      revalidatePath(`/${organisation.slug}/applications`);
      return { applicationId };
    },
  );
