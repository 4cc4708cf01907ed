"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { findConsentScope } from "@/lib/data/consent/find-consent-scope";
import { db } from "@/lib/db";
import { grantConsentSchema } from "@/lib/schemas/consent";

/**
 * The start-up lets one partner of a programme see one category of its data (milestones,
 * coaching summaries, documents). Granting what is already shared changes nothing; granting
 * again after a withdrawal starts a new consent from now, in the start-up member's name.
 */
export const grantConsent = organisationAction
  .metadata({ name: "grant-consent", permission: "consent.manage" })
  .inputSchema(grantConsentSchema)
  .action(
    async ({
      parsedInput: { programmeId, partnerId, category },
      ctx: { user, organisation, request },
    }) => {
      const changed = await db.$transaction(async (tx) => {
        const { programme } = await findConsentScope(tx, {
          startupId: organisation.id,
          programmeId,
          partnerId,
        });
        const key = { programmeId, startupId: organisation.id, partnerId, category };
        const existing = await tx.dataSharingConsent.findFirst({
          where: key,
          select: { id: true, withdrawnAt: true },
        });
        if (existing && !existing.withdrawnAt) return false;
        const now = new Date();
        const consent = existing
          ? await tx.dataSharingConsent.update({
              where: { id: existing.id },
              data: { withdrawnAt: null, grantedAt: now, grantedById: user.id },
              select: { id: true },
            })
          : await tx.dataSharingConsent.create({
              data: {
                ...key,
                organisationId: programme.organisationId,
                grantedById: user.id,
                grantedAt: now,
              },
              select: { id: true },
            });
        await recordAuditEvent(tx, {
          organisationId: organisation.id,
          actorId: user.id,
          action: "consent.grant",
          targetType: "DataSharingConsent",
          targetId: consent.id,
          after: { programmeId, partnerId, category, grantedAt: now },
          ...request,
        });
        return true;
      });
      revalidatePath(`/${organisation.slug}/sharing`);
      return { category, isShared: true, changed };
    },
  );
