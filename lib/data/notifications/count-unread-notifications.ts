import "server-only";
import { db } from "@/lib/db";

/** How many of the user's own notices are unread (the bell's badge). */
export async function countUnreadNotifications(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}
