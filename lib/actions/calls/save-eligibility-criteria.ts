"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { lockOperatorCallOrThrow } from "@/lib/data/calls/lookups";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { saveEligibilityCriteriaSchema } from "@/lib/schemas/calls";

/**
 * Replaces a call's eligibility criteria, in the order given. A criterion's automatic check is
 * matched against the form when the call (or a new form) is published.
 */
export const saveEligibilityCriteria = organisationAction
  .metadata({ name: "save-eligibility-criteria", permission: "call.manage" })
  .inputSchema(saveEligibilityCriteriaSchema)
  .action(async ({ parsedInput: input, ctx: { user, organisation, request } }) => {
    await db.$transaction(async (tx) => {
      const call = await lockOperatorCallOrThrow(tx, {
        organisationId: organisation.id,
        callId: input.callId,
      });
      if (call.status === "CLOSED" || call.status === "ARCHIVED") {
        throw new AppError(
          "CONFLICT",
          `${call.title} has closed; its eligibility criteria can no longer change.`,
        );
      }
      const before = await tx.eligibilityCriterion.findMany({
        where: { callId: call.id, organisationId: organisation.id },
        orderBy: { position: "asc" },
        select: { label: true, labelZh: true, description: true, rule: true },
      });
      await tx.eligibilityCriterion.deleteMany({
        where: { callId: call.id, organisationId: organisation.id },
      });
      if (input.criteria.length > 0) {
        await tx.eligibilityCriterion.createMany({
          data: input.criteria.map((criterion, position) => ({
            organisationId: organisation.id,
            callId: call.id,
            position,
            label: criterion.label,
            labelZh: criterion.labelZh,
            description: criterion.description,
            rule: (criterion.rule ?? undefined) as Prisma.InputJsonValue | undefined,
          })),
        });
      }
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: "call.save_eligibility",
        targetType: "Call",
        targetId: call.id,
        before: { criteria: before },
        after: { criteria: input.criteria },
        ...request,
      });
    });
    revalidatePath(`/${organisation.slug}/calls/${input.callId}/setup`);
    return { callId: input.callId, count: input.criteria.length };
  });
