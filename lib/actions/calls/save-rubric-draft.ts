"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import {
  isRubricInUse,
  listRubricVersions,
  lockOperatorCallOrThrow,
} from "@/lib/data/calls/lookups";
import { db } from "@/lib/db";
import { rubricProblems } from "@/lib/domain/call-publishing";
import { latestPublished, planRubricSave } from "@/lib/domain/form-builder-versions";
import { basisPointsToWeight } from "@/lib/domain/rubric-weights";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { saveRubricDraftSchema } from "@/lib/schemas/calls";

const CHANGED_ELSEWHERE =
  "Someone else saved this rubric since you opened it. Reload to see their version; your changes here were not saved.";

/**
 * Saves the review rubric: criteria (key, label, guidance, weight) and the scale. Before any
 * review uses the published rubric it is corrected in place (it must then be complete, with
 * weights adding up to 100 %); once a review exists, the edit becomes draft version N+1 and
 * the reviews already started keep their criteria.
 */
export const saveRubricDraft = organisationAction
  .metadata({ name: "save-rubric-draft", permission: "call.manage" })
  .inputSchema(saveRubricDraftSchema)
  .action(async ({ parsedInput: input, ctx: { user, organisation, request } }) => {
    const criteria = input.criteria.map((criterion) => ({
      key: criterion.key,
      label: criterion.label,
      labelZh: criterion.labelZh,
      guidance: criterion.guidance,
      weightBasisPoints: criterion.weightPercent,
    }));
    const problems = rubricProblems({
      scaleMin: input.scaleMin,
      scaleMax: input.scaleMax,
      criteria,
    });
    try {
      const saved = await db.$transaction(async (tx) => {
        const call = await lockOperatorCallOrThrow(tx, {
          organisationId: organisation.id,
          callId: input.callId,
        });
        if (call.status === "ARCHIVED") {
          throw new AppError(
            "CONFLICT",
            `${call.title} is archived; its rubric can no longer change.`,
          );
        }
        const versions = await listRubricVersions(tx, call.id, organisation.id);
        const published = latestPublished(versions);
        const isPublishedInUse = published
          ? await isRubricInUse(tx, {
              ...published,
              callId: call.id,
              organisationId: organisation.id,
            })
          : false;
        const plan = planRubricSave(versions, { isPublishedInUse });

        if (plan.kind !== "createDraft") {
          const current = versions.find((row) => row.id === plan.id);
          if (current?.updatedAt.toISOString() !== input.lastSavedAt) {
            throw new AppError("CONFLICT", CHANGED_ELSEWHERE);
          }
        }
        if (plan.kind === "updatePublished" && problems.length > 0) {
          throw new AppError(
            "INVALID",
            `Reviewers use this rubric as soon as it is saved: ${problems[0]!.message}`,
          );
        }

        const criteriaRows = criteria.map((criterion, position) => ({
          organisationId: organisation.id,
          key: criterion.key,
          label: criterion.label,
          labelZh: criterion.labelZh,
          guidance: criterion.guidance,
          weight: basisPointsToWeight(criterion.weightBasisPoints),
          position,
        }));
        let rubric: { id: string; version: number; updatedAt: Date };
        if (plan.kind === "createDraft") {
          rubric = await tx.reviewRubric.create({
            data: {
              organisationId: organisation.id,
              callId: call.id,
              version: plan.version,
              scaleMin: input.scaleMin,
              scaleMax: input.scaleMax,
              criteria: { create: criteriaRows },
            },
            select: { id: true, version: true, updatedAt: true },
          });
        } else {
          await tx.rubricCriterion.deleteMany({
            where: { rubricId: plan.id, organisationId: organisation.id },
          });
          rubric = await tx.reviewRubric.update({
            where: { id: plan.id },
            data: {
              scaleMin: input.scaleMin,
              scaleMax: input.scaleMax,
              criteria: { create: criteriaRows },
            },
            select: { id: true, version: true, updatedAt: true },
          });
        }
        await recordAuditEvent(tx, {
          organisationId: organisation.id,
          actorId: user.id,
          action: "call.save_rubric",
          targetType: "ReviewRubric",
          targetId: rubric.id,
          after: {
            callId: call.id,
            version: rubric.version,
            plan: plan.kind,
            scaleMin: input.scaleMin,
            scaleMax: input.scaleMax,
            criteria: criteriaRows.map(({ key, label, weight }) => ({ key, label, weight })),
          },
          ...request,
        });
        return { ...rubric, isLive: plan.kind === "updatePublished" };
      });
      revalidatePath(`/${organisation.slug}/calls/${input.callId}/setup`);
      return {
        rubricId: saved.id,
        version: saved.version,
        savedAt: saved.updatedAt.toISOString(),
        isLive: saved.isLive,
        problems: problems.map((problem) => problem.message),
      };
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw new AppError("CONFLICT", CHANGED_ELSEWHERE);
      }
      throw error;
    }
  });
