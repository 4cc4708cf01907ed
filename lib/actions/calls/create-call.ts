"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { uniqueCallSlug } from "@/lib/data/calls/lookups";
import { copyCallSetup } from "@/lib/data/calls/copy-call-setup";
import { getOperatorProgrammeOrThrow } from "@/lib/data/programmes/lookups";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createCallSchema } from "@/lib/schemas/calls";

/**
 * Creates a draft call (intake round) of one of the operator's programmes. It can start from a
 * copy of an earlier call's eligibility criteria, form and rubric, as new unpublished drafts.
 */
export const createCall = organisationAction
  .metadata({ name: "create-call", permission: "call.manage" })
  .inputSchema(createCallSchema)
  .action(async ({ parsedInput: input, ctx: { user, organisation, request } }) => {
    const call = await db.$transaction(async (tx) => {
      const programme = await getOperatorProgrammeOrThrow(tx, {
        organisationId: organisation.id,
        programmeId: input.programmeId,
      });
      if (programme.status === "ARCHIVED") {
        throw new AppError("CONFLICT", `${programme.name} is archived: restore it to add a call.`);
      }
      const slug = await uniqueCallSlug(tx, organisation.id, input.title);
      const created = await tx.call.create({
        data: {
          organisationId: organisation.id,
          programmeId: programme.id,
          slug,
          title: input.title,
          titleZh: input.titleZh,
          summary: input.summary,
          opensAt: input.opensAt,
          closesAt: input.closesAt,
          intakeSize: input.intakeSize,
          isBlindReview: input.isBlindReview,
        },
        select: { id: true },
      });
      if (input.copyFromCallId) {
        await copyCallSetup(tx, {
          organisationId: organisation.id,
          fromCallId: input.copyFromCallId,
          toCallId: created.id,
        });
      }
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: "call.create",
        targetType: "Call",
        targetId: created.id,
        after: { ...input, organisation: undefined, slug },
        ...request,
      });
      return created;
    });
    revalidatePath(`/${organisation.slug}/programmes`);
    return { callId: call.id };
  });
