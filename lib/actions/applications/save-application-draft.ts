"use server";

import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { findStartupApplicationForChange } from "@/lib/data/applications/find-startup-application-for-change";
import { db } from "@/lib/db";
import { isAnswerEmpty } from "@/lib/domain/form-conditions";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { saveApplicationDraftSchema } from "@/lib/schemas/applications";
import { buildAnswersSchema, parseFormDefinition } from "@/lib/schemas/forms";

/**
 * Autosave of a draft: upserts the changed answers (partial answers are fine) and bumps the
 * version. A save based on an older version (another device saved since) gets CONFLICT and
 * changes nothing, so it never overwrites newer answers.
 */
export const saveApplicationDraft = organisationAction
  .metadata({ name: "save-application-draft", permission: "application.edit_draft" })
  .inputSchema(saveApplicationDraftSchema)
  .action(
    async ({
      parsedInput: { applicationId, version, projectTitle, answers },
      ctx: { user, organisation, request },
    }) => {
      return db.$transaction(async (tx) => {
        const application = await findStartupApplicationForChange(tx, {
          startupId: organisation.id,
          applicationId,
        });
        if (application.status !== "DRAFT") {
          throw new AppError(
            "CONFLICT",
            `${application.reference} has been ${application.status.toLowerCase().replace("_", " ")}; its answers can no longer change.`,
          );
        }
        const checked = buildAnswersSchema(
          parseFormDefinition(application.form.definition),
          "draft",
        ).safeParse(answers);
        if (!checked.success) {
          throw new AppError(
            "INVALID",
            checked.error.issues[0]?.message ?? "Check the answers and try again.",
          );
        }
        const saved = await tx.application.updateMany({
          where: { id: application.id, version, status: "DRAFT" },
          data: { version: { increment: 1 }, ...(projectTitle ? { projectTitle } : {}) },
        });
        if (saved.count !== 1) {
          throw new AppError(
            "CONFLICT",
            "This application was saved from another tab or device since you opened it. Reload to see the latest answers; your last changes here were not saved.",
          );
        }
        const keys = Object.keys(answers);
        for (const questionKey of keys) {
          const value = answers[questionKey];
          if (isAnswerEmpty(value)) {
            await tx.applicationAnswer.deleteMany({
              where: { applicationId: application.id, questionKey },
            });
            continue;
          }
          const json = value as Prisma.InputJsonValue;
          await tx.applicationAnswer.upsert({
            where: { applicationId_questionKey: { applicationId: application.id, questionKey } },
            create: {
              organisationId: application.organisationId,
              applicationId: application.id,
              questionKey,
              value: json,
            },
            update: { value: json },
          });
        }
        // The keys only: answers can hold unpublished science, the audit trail needs who and when.
        await recordAuditEvent(tx, {
          organisationId: organisation.id,
          actorId: user.id,
          action: "application.save_draft",
          targetType: "Application",
          targetId: application.id,
          before: { version },
          after: { version: version + 1, questionKeys: keys, projectTitle },
          ...request,
        });
        return {
          applicationId: application.id,
          version: version + 1,
          savedAt: new Date().toISOString(),
        };
      });
    },
  );
