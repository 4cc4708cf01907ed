"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { lockOperatorCallOrThrow } from "@/lib/data/calls/lookups";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { closeCallSchema } from "@/lib/schemas/calls";

/**
 * Closes a published call now, before (or after) its closing time: no new application can
 * start or be submitted. The closing time becomes now when it was later, so every page that
 * shows it tells the truth; applications already submitted carry on to screening and review.
 */
export const closeCall = organisationAction
  .metadata({ name: "close-call", permission: "call.manage" })
  .inputSchema(closeCallSchema)
  .action(async ({ parsedInput: { callId }, ctx: { user, organisation, request } }) => {
    const closed = await db.$transaction(async (tx) => {
      const call = await lockOperatorCallOrThrow(tx, { organisationId: organisation.id, callId });
      if (call.status !== "PUBLISHED") {
        throw new AppError(
          "CONFLICT",
          call.status === "DRAFT"
            ? `${call.title} was never published, so there is nothing to close.`
            : `${call.title} is already closed.`,
        );
      }
      const now = new Date();
      const closesAt = call.closesAt > now ? now : call.closesAt;
      await tx.call.update({ where: { id: call.id }, data: { status: "CLOSED", closesAt } });
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: "call.close",
        targetType: "Call",
        targetId: call.id,
        before: { status: call.status, closesAt: call.closesAt },
        after: { status: "CLOSED", closesAt },
        ...request,
      });
      return { closesAt };
    });
    revalidatePath(`/${organisation.slug}/calls/${callId}/setup`);
    revalidatePath(`/${organisation.slug}/programmes`);
    return { callId, closesAt: closed.closesAt.toISOString() };
  });
