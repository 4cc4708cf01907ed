"use server";

import { revalidatePath } from "next/cache";
import { authenticatedAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { db } from "@/lib/db";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { preferencesToStore } from "@/lib/notifications/preferences";
import { updateNotificationPreferencesSchema } from "@/lib/schemas/notifications";

/**
 * Sets how the signed-in user gets email about each kind of notice (in-app notices are always
 * on). Account-level, like changing one's password: no organisation, own rows only. Stores
 * only the choices that differ from the defaults; notices already queued follow the new
 * choice when the worker gets to them.
 */
export const updateNotificationPreferences = authenticatedAction
  .metadata({ name: "update-notification-preferences" })
  .inputSchema(updateNotificationPreferencesSchema)
  .action(async ({ parsedInput: { email }, ctx: { user, request } }) => {
    const choices = NOTIFICATION_KINDS.map((kind) => ({ kind, email: email[kind] }));
    const stored = preferencesToStore(choices);
    await db.$transaction(async (tx) => {
      const before = await tx.notificationPreference.findMany({
        where: { userId: user.id },
        select: { kind: true, email: true },
        orderBy: { kind: "asc" },
      });
      await tx.notificationPreference.deleteMany({ where: { userId: user.id } });
      if (stored.length > 0) {
        await tx.notificationPreference.createMany({
          data: stored.map((preference) => ({ userId: user.id, ...preference })),
        });
      }
      await recordAuditEvent(tx, {
        organisationId: null,
        actorId: user.id,
        action: "account.notification_preferences",
        targetType: "User",
        targetId: user.id,
        before: Object.fromEntries(before.map((row) => [row.kind, row.email])),
        after: Object.fromEntries(stored.map((row) => [row.kind, row.email])),
        ...request,
      });
    });
    revalidatePath("/account");
    return { email };
  });
