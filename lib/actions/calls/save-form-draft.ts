"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { listFormVersions, lockOperatorCallOrThrow } from "@/lib/data/calls/lookups";
import { db } from "@/lib/db";
import { countFormQuestions, formDefinitionProblems } from "@/lib/domain/form-builder";
import { planFormSave } from "@/lib/domain/form-builder-versions";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { saveFormDraftSchema } from "@/lib/schemas/calls";
import { formQuestions } from "@/lib/schemas/forms";

const CHANGED_ELSEWHERE =
  "Someone else saved this form since you opened it. Reload to see their version; your changes here were not saved.";

/**
 * Saves the application form being built as the call's draft version. A published form is
 * never changed: the first edit after publishing starts version N+1, which applicants get only
 * once it is published (their drafts and submissions keep the version they started on). A
 * draft may still have problems; they are returned, and publishing refuses them.
 */
export const saveFormDraft = organisationAction
  .metadata({ name: "save-form-draft", permission: "call.manage" })
  .inputSchema(saveFormDraftSchema)
  .action(async ({ parsedInput: input, ctx: { user, organisation, request } }) => {
    try {
      const saved = await db.$transaction(async (tx) => {
        const call = await lockOperatorCallOrThrow(tx, {
          organisationId: organisation.id,
          callId: input.callId,
        });
        if (call.status === "CLOSED" || call.status === "ARCHIVED") {
          throw new AppError(
            "CONFLICT",
            `${call.title} has closed: no new application would use a changed form.`,
          );
        }
        const versions = await listFormVersions(tx, call.id, organisation.id);
        const plan = planFormSave(versions);
        const definition = input.definition as Prisma.InputJsonValue;
        let form: { id: string; version: number; updatedAt: Date };
        if (plan.kind === "updateDraft") {
          const draft = versions.find((row) => row.id === plan.id);
          if (draft?.updatedAt.toISOString() !== input.lastSavedAt) {
            throw new AppError("CONFLICT", CHANGED_ELSEWHERE);
          }
          form = await tx.applicationForm.update({
            where: { id: plan.id },
            data: { definition },
            select: { id: true, version: true, updatedAt: true },
          });
        } else {
          form = await tx.applicationForm.create({
            data: {
              organisationId: organisation.id,
              callId: call.id,
              version: plan.version,
              definition,
            },
            select: { id: true, version: true, updatedAt: true },
          });
        }
        await recordAuditEvent(tx, {
          organisationId: organisation.id,
          actorId: user.id,
          action: "call.save_form_draft",
          targetType: "ApplicationForm",
          targetId: form.id,
          after: {
            callId: call.id,
            version: form.version,
            isNewVersion: plan.kind === "createDraft",
            sections: input.definition.sections.length,
            questionKeys: formQuestions(input.definition).map((question) => question.key),
          },
          ...request,
        });
        return form;
      });
      revalidatePath(`/${organisation.slug}/calls/${input.callId}/setup`);
      return {
        formId: saved.id,
        version: saved.version,
        savedAt: saved.updatedAt.toISOString(),
        questionCount: countFormQuestions(input.definition),
        problems: formDefinitionProblems(input.definition),
      };
    } catch (error) {
      // Two first saves at once: the (call, version) unique keeps one.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw new AppError("CONFLICT", CHANGED_ELSEWHERE);
      }
      throw error;
    }
  });
