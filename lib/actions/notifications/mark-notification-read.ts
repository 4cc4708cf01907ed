"use server";

import { revalidatePath } from "next/cache";
import { authenticatedAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { markNotificationReadSchema } from "@/lib/schemas/notifications";

/**
 * Marks one of the signed-in user's own notices read. Someone else's notice, or one that does
 * not exist, is NOT_FOUND: row-level security shows each user only their own, and the `where`
 * says so too. Marking read is not audited: it changes nothing but the reader's own inbox, and
 * `readAt` is its record.
 */
export const markNotificationRead = authenticatedAction
  .metadata({ name: "mark-notification-read" })
  .inputSchema(markNotificationReadSchema)
  .action(async ({ parsedInput: { notificationId }, ctx: { user } }) => {
    const readAt = await db.$transaction(async (tx) => {
      const notice = await tx.notification.findFirst({
        where: { id: notificationId, userId: user.id },
        select: { readAt: true },
      });
      if (!notice) {
        throw new AppError("NOT_FOUND", "That notice does not exist.", {
          reason: `notification ${notificationId} is not the user's`,
        });
      }
      if (notice.readAt) return notice.readAt;
      const now = new Date();
      await tx.notification.updateMany({
        where: { id: notificationId, userId: user.id, readAt: null },
        data: { readAt: now },
      });
      return now;
    });
    // The bell's count is in every page's header.
    revalidatePath("/", "layout");
    return { notificationId, readAt: readAt.toISOString() };
  });
