"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { findConsentScope } from "@/lib/data/consent/find-consent-scope";
import { db } from "@/lib/db";
import { withdrawConsentSchema } from "@/lib/schemas/consent";

/**
 * The start-up stops sharing one category with one partner. It takes effect with the partner's
 * next query: row-level security reads `withdrawnAt`. Withdrawing what is not shared changes
 * nothing.
 */
export const withdrawConsent = organisationAction
  .metadata({ name: "withdraw-consent", permission: "consent.manage" })
  .inputSchema(withdrawConsentSchema)
  .action(
    async ({
      parsedInput: { programmeId, partnerId, category },
      ctx: { user, organisation, request },
    }) => {
      const changed = await db.$transaction(async (tx) => {
        await findConsentScope(tx, { startupId: organisation.id, programmeId, partnerId });
        const now = new Date();
        const active = await tx.dataSharingConsent.findFirst({
          where: {
            programmeId,
            startupId: organisation.id,
            partnerId,
            category,
            withdrawnAt: null,
          },
          select: { id: true, grantedAt: true },
        });
        if (!active) return false;
        await tx.dataSharingConsent.updateMany({
          where: { id: active.id, withdrawnAt: null },
          data: { withdrawnAt: now },
        });
        await recordAuditEvent(tx, {
          organisationId: organisation.id,
          actorId: user.id,
          action: "consent.withdraw",
          targetType: "DataSharingConsent",
          targetId: active.id,
          before: { grantedAt: active.grantedAt },
          after: { programmeId, partnerId, category, withdrawnAt: now },
          ...request,
        });
        return true;
      });
      revalidatePath(`/${organisation.slug}/sharing`);
      return { category, isShared: false, changed };
    },
  );
