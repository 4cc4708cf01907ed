"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import {
  listFormVersions,
  listRubricVersions,
  lockOperatorCallOrThrow,
} from "@/lib/data/calls/lookups";
import { db } from "@/lib/db";
import { callReadinessProblems } from "@/lib/domain/call-publishing";
import { currentDraft, latestPublished } from "@/lib/domain/form-builder-versions";
import { weightToBasisPoints } from "@/lib/domain/rubric-weights";
import { AppError } from "@/lib/errors";
import { publishCallSchema } from "@/lib/schemas/calls";

/**
 * Publishes a call, or its unpublished changes. The first time it checks the call is complete
 * (details, eligibility, a form with questions, a rubric whose weights add up to 100 %), opens
 * it to applicants and publishes the draft form and rubric. Later, it publishes a new form
 * version (new applications start on it; existing ones keep theirs) and/or a new rubric
 * version. A closed call can still get a new rubric (reviews happen after closing), not a form.
 */
export const publishCall = organisationAction
  .metadata({ name: "publish-call", permission: "call.manage" })
  .inputSchema(publishCallSchema)
  .action(async ({ parsedInput: { callId }, ctx: { user, organisation, request } }) => {
    const result = await db.$transaction(async (tx) => {
      const call = await lockOperatorCallOrThrow(tx, { organisationId: organisation.id, callId });
      if (call.status === "ARCHIVED") {
        throw new AppError("CONFLICT", `${call.title} is archived and cannot be published.`);
      }
      const isFirstPublication = call.status === "DRAFT";
      const forms = await listFormVersions(tx, call.id, organisation.id);
      const rubrics = await listRubricVersions(tx, call.id, organisation.id);
      const formDraft = call.status === "CLOSED" ? null : currentDraft(forms);
      const rubricDraft = currentDraft(rubrics);
      if (!isFirstPublication && !formDraft && !rubricDraft) {
        throw new AppError(
          "CONFLICT",
          call.status === "CLOSED"
            ? "Nothing to publish: the rubric has no unpublished changes."
            : "Nothing to publish: the form and the rubric have no unpublished changes.",
        );
      }
      const liveForm = formDraft ?? latestPublished(forms);
      const liveRubric = rubricDraft ?? latestPublished(rubrics);
      const form = liveForm
        ? await tx.applicationForm.findFirst({
            where: { id: liveForm.id, organisationId: organisation.id },
            select: { definition: true },
          })
        : null;
      const rubric = liveRubric
        ? await tx.reviewRubric.findFirst({
            where: { id: liveRubric.id, organisationId: organisation.id },
            select: {
              scaleMin: true,
              scaleMax: true,
              criteria: {
                orderBy: { position: "asc" },
                select: { key: true, label: true, weight: true },
              },
            },
          })
        : null;
      const eligibility = await tx.eligibilityCriterion.findMany({
        where: { callId: call.id, organisationId: organisation.id },
        orderBy: { position: "asc" },
        select: { label: true, rule: true },
      });
      const now = new Date();
      const problems = callReadinessProblems({
        call: { ...call, programme: call.programme },
        eligibility,
        form: form?.definition ?? null,
        rubric: rubric
          ? {
              scaleMin: rubric.scaleMin,
              scaleMax: rubric.scaleMax,
              criteria: rubric.criteria.map((criterion) => ({
                key: criterion.key,
                label: criterion.label,
                weightBasisPoints: weightToBasisPoints(criterion.weight),
              })),
            }
          : null,
        now,
        isFirstPublication,
      });
      if (problems.length > 0) {
        const listed = problems
          .slice(0, 3)
          .map((problem) => problem.message)
          .join(" ");
        const more = problems.length > 3 ? ` (${problems.length - 3} more on the publish tab)` : "";
        throw new AppError(
          "INVALID",
          `${isFirstPublication ? "The call is not ready to publish" : "The changes are not ready to publish"}: ${listed}${more}`,
        );
      }

      if (formDraft) {
        await tx.applicationForm.update({
          where: { id: formDraft.id },
          data: { publishedAt: now },
        });
      }
      if (rubricDraft) {
        await tx.reviewRubric.update({ where: { id: rubricDraft.id }, data: { publishedAt: now } });
      }
      if (isFirstPublication) {
        await tx.call.update({
          where: { id: call.id },
          data: { status: "PUBLISHED", publishedAt: now },
        });
      }
      const published = {
        formVersion: formDraft?.version ?? null,
        rubricVersion: rubricDraft?.version ?? null,
      };
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: isFirstPublication ? "call.publish" : "call.publish_changes",
        targetType: "Call",
        targetId: call.id,
        before: { status: call.status },
        after: { status: isFirstPublication ? "PUBLISHED" : call.status, ...published },
        ...request,
      });
      return { ...published, isFirstPublication };
    });
    revalidatePath(`/${organisation.slug}/calls/${callId}/setup`);
    revalidatePath(`/${organisation.slug}/programmes`);
    return { callId, ...result };
  });
