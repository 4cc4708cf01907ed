import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { callReadinessProblems, type ReadinessProblem } from "@/lib/domain/call-publishing";
import { currentDraft, latestPublished } from "@/lib/domain/form-builder-versions";
import { weightToBasisPoints } from "@/lib/domain/rubric-weights";
import { isRubricInUse } from "@/lib/data/calls/lookups";

// Like lib/db's single-query transactions: wait for a pooled connection, then allow the reads.
const READ_TRANSACTION = { maxWait: 5_000, timeout: 15_000 } as const;

export type CallSetup = NonNullable<Awaited<ReturnType<typeof getCallSetup>>>;

/**
 * Everything the set-up tabs of one call show: details, eligibility, the form and rubric being
 * edited (the draft, else the published version), every version with the applications on it,
 * and what still stops publishing. Null when the call is not the operator's.
 */
export const getCallSetup = cache(async (organisationId: string, callId: string) => {
  const now = new Date();
  // One transaction: the tenant is set once, and every part is read from the same moment.
  return db.$transaction(async (tx) => {
    const call = await tx.call.findFirst({
      where: { id: callId, organisationId },
      select: {
        id: true,
        slug: true,
        title: true,
        titleZh: true,
        summary: true,
        status: true,
        opensAt: true,
        closesAt: true,
        intakeSize: true,
        isBlindReview: true,
        publishedAt: true,
        organisation: { select: { slug: true } },
        programme: { select: { id: true, name: true, nameZh: true, status: true, kind: true } },
        eligibilityCriteria: {
          orderBy: { position: "asc" },
          select: { id: true, label: true, labelZh: true, description: true, rule: true },
        },
        forms: {
          orderBy: { version: "asc" },
          select: {
            id: true,
            version: true,
            publishedAt: true,
            updatedAt: true,
            _count: { select: { applications: true } },
          },
        },
        rubrics: {
          orderBy: { version: "asc" },
          select: { id: true, version: true, publishedAt: true, updatedAt: true },
        },
      },
    });
    if (!call) return null;
    const reviewerAssignments = await tx.reviewerAssignment.count({
      where: { organisationId, application: { callId } },
    });
    const draftApplications = await tx.application.count({
      where: { organisationId, callId, status: "DRAFT" },
    });

    const formDraft = currentDraft(call.forms);
    const formPublished = latestPublished(call.forms);
    const formEditing = formDraft ?? formPublished;
    const formDefinition = formEditing
      ? ((
          await tx.applicationForm.findFirst({
            where: { id: formEditing.id, organisationId },
            select: { definition: true },
          })
        )?.definition ?? null)
      : null;

    const rubricDraft = currentDraft(call.rubrics);
    const rubricPublished = latestPublished(call.rubrics);
    const rubricEditing = rubricDraft ?? rubricPublished;
    const rubric = rubricEditing
      ? await tx.reviewRubric.findFirst({
          where: { id: rubricEditing.id, organisationId },
          select: {
            scaleMin: true,
            scaleMax: true,
            criteria: {
              orderBy: { position: "asc" },
              select: { key: true, label: true, labelZh: true, guidance: true, weight: true },
            },
          },
        })
      : null;
    const isPublishedRubricInUse = rubricPublished
      ? await isRubricInUse(tx, { ...rubricPublished, callId, organisationId })
      : false;
    const rubricCriteria = (rubric?.criteria ?? []).map((criterion) => ({
      key: criterion.key,
      label: criterion.label,
      labelZh: criterion.labelZh,
      guidance: criterion.guidance,
      weightBasisPoints: weightToBasisPoints(criterion.weight),
    }));

    const isFirstPublication = call.status === "DRAFT";
    const problems: ReadinessProblem[] = callReadinessProblems({
      call,
      eligibility: call.eligibilityCriteria,
      form: formDefinition,
      rubric: rubric ? { ...rubric, criteria: rubricCriteria } : null,
      now,
      isFirstPublication,
    });

    return {
      call: {
        id: call.id,
        slug: call.slug,
        organisationSlug: call.organisation.slug,
        title: call.title,
        titleZh: call.titleZh,
        summary: call.summary,
        status: call.status,
        opensAt: call.opensAt,
        closesAt: call.closesAt,
        intakeSize: call.intakeSize,
        isBlindReview: call.isBlindReview,
        publishedAt: call.publishedAt,
        hasReviewerAssignments: reviewerAssignments > 0,
        draftApplicationCount: draftApplications,
        programme: call.programme,
      },
      eligibility: call.eligibilityCriteria,
      form: {
        definition: formDefinition,
        editingVersion: formEditing?.version ?? null,
        isEditingPublished: !formDraft && Boolean(formPublished),
        /** The draft's save stamp for the builder's conflict check; null when none exists. */
        lastSavedAt: formDraft?.updatedAt.toISOString() ?? null,
        draftVersion: formDraft?.version ?? null,
        publishedVersion: formPublished?.version ?? null,
        versions: call.forms.map((form) => ({
          version: form.version,
          publishedAt: form.publishedAt,
          applicationCount: form._count.applications,
        })),
      },
      rubric: {
        scaleMin: rubric?.scaleMin ?? 1,
        scaleMax: rubric?.scaleMax ?? 5,
        criteria: rubricCriteria,
        editingVersion: rubricEditing?.version ?? null,
        draftVersion: rubricDraft?.version ?? null,
        publishedVersion: rubricPublished?.version ?? null,
        isPublishedInUse: isPublishedRubricInUse,
        versions: call.rubrics.map((rubric) => ({
          version: rubric.version,
          publishedAt: rubric.publishedAt,
        })),
        /** Saving corrects the published rubric in place (nothing uses it yet). */
        isLiveEdit: !rubricDraft && Boolean(rubricPublished) && !isPublishedRubricInUse,
        lastSavedAt: rubricDraft
          ? rubricDraft.updatedAt.toISOString()
          : rubricPublished && !isPublishedRubricInUse
            ? rubricPublished.updatedAt.toISOString()
            : null,
      },
      readiness: {
        isFirstPublication,
        hasUnpublishedChanges: Boolean(formDraft) || Boolean(rubricDraft),
        problems,
      },
    };
  }, READ_TRANSACTION);
});
