import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Transaction } from "@/lib/data/programmes/lookups";
import { AppError } from "@/lib/errors";

/**
 * Copies a call's eligibility criteria, its latest form and its latest rubric into a new call
 * as version 1 drafts: each intake of a programme usually asks much the same. The source must be
 * a call of the same operator (NOT_FOUND otherwise).
 */
export async function copyCallSetup(
  tx: Transaction,
  {
    organisationId,
    fromCallId,
    toCallId,
  }: { organisationId: string; fromCallId: string; toCallId: string },
) {
  const source = await tx.call.findFirst({
    where: { id: fromCallId, organisationId },
    select: {
      eligibilityCriteria: { orderBy: { position: "asc" } },
      forms: { orderBy: { version: "desc" }, take: 1, select: { definition: true } },
      rubrics: {
        orderBy: { version: "desc" },
        take: 1,
        select: {
          scaleMin: true,
          scaleMax: true,
          criteria: { orderBy: { position: "asc" } },
        },
      },
    },
  });
  if (!source) throw new AppError("NOT_FOUND", "The call to copy from does not exist.");

  if (source.eligibilityCriteria.length > 0) {
    await tx.eligibilityCriterion.createMany({
      data: source.eligibilityCriteria.map((criterion, position) => ({
        organisationId,
        callId: toCallId,
        position,
        label: criterion.label,
        labelZh: criterion.labelZh,
        description: criterion.description,
        rule: (criterion.rule ?? undefined) as Prisma.InputJsonValue | undefined,
      })),
    });
  }
  const form = source.forms[0];
  if (form) {
    await tx.applicationForm.create({
      data: {
        organisationId,
        callId: toCallId,
        version: 1,
        definition: form.definition as Prisma.InputJsonValue,
      },
    });
  }
  const rubric = source.rubrics[0];
  if (rubric) {
    await tx.reviewRubric.create({
      data: {
        organisationId,
        callId: toCallId,
        version: 1,
        scaleMin: rubric.scaleMin,
        scaleMax: rubric.scaleMax,
        criteria: {
          create: rubric.criteria.map((criterion, position) => ({
            organisationId,
            key: criterion.key,
            label: criterion.label,
            labelZh: criterion.labelZh,
            guidance: criterion.guidance,
            weight: criterion.weight,
            position,
          })),
        },
      },
    });
  }
}
