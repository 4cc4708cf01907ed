"use server";

import { revalidatePath } from "next/cache";
import { authenticatedAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { markAllNotificationsReadSchema } from "@/lib/schemas/notifications";

/** Marks every unread notice of the signed-in user read (theirs only; not audited, see markNotificationRead). */
export const markAllNotificationsRead = authenticatedAction
  .metadata({ name: "mark-all-notifications-read" })
  .inputSchema(markAllNotificationsReadSchema)
  .action(async ({ ctx: { user } }) => {
    const { count } = await db.notification.updateMany({
      where: { userId: user.id, readAt: null },
      data: { readAt: new Date() },
    });
    revalidatePath("/", "layout");
    return { marked: count };
  });
