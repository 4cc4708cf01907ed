"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { lockOperatorCallOrThrow } from "@/lib/data/calls/lookups";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateCallDetailsSchema } from "@/lib/schemas/calls";

/**
 * Saves a call's details: title, summary, opening and closing times (Hong Kong time), intake
 * size and blind review. Blind review cannot change once reviewers are assigned: reviewers
 * who already saw the names cannot unsee them.
 */
export const updateCallDetails = organisationAction
  .metadata({ name: "update-call-details", permission: "call.manage" })
  .inputSchema(updateCallDetailsSchema)
  .action(async ({ parsedInput: input, ctx: { user, organisation, request } }) => {
    await db.$transaction(async (tx) => {
      const call = await lockOperatorCallOrThrow(tx, {
        organisationId: organisation.id,
        callId: input.callId,
      });
      if (call.status === "ARCHIVED") {
        throw new AppError(
          "CONFLICT",
          `${call.title} is archived; its details can no longer change.`,
        );
      }
      if (call.isBlindReview !== input.isBlindReview) {
        const assigned = await tx.reviewerAssignment.count({
          where: { organisationId: organisation.id, application: { callId: call.id } },
        });
        if (assigned > 0) {
          throw new AppError(
            "CONFLICT",
            "Reviewers are already assigned to this call, so blind review can no longer be switched.",
          );
        }
      }
      const data = {
        title: input.title,
        titleZh: input.titleZh,
        summary: input.summary,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        intakeSize: input.intakeSize,
        isBlindReview: input.isBlindReview,
      };
      await tx.call.update({ where: { id: call.id }, data });
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: "call.update_details",
        targetType: "Call",
        targetId: call.id,
        before: {
          title: call.title,
          titleZh: call.titleZh,
          summary: call.summary,
          opensAt: call.opensAt,
          closesAt: call.closesAt,
          intakeSize: call.intakeSize,
          isBlindReview: call.isBlindReview,
        },
        after: data,
        ...request,
      });
    });
    revalidatePath(`/${organisation.slug}/calls/${input.callId}/setup`);
    return { callId: input.callId };
  });
