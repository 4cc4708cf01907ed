import type { Notification, Prisma } from "@/lib/generated/prisma/client";
import type { FactoryDatabase } from "./database";
import { uniqueSuffix } from "./sequence";
import { createUser } from "./users";

/** Creates an unread SYSTEM notification for a new or given user. */
export async function createNotification(
  db: FactoryDatabase,
  overrides: Partial<Prisma.NotificationUncheckedCreateInput> = {},
): Promise<Notification> {
  const suffix = uniqueSuffix();
  const userId = overrides.userId ?? (await createUser(db)).id;
  return db.notification.create({
    data: {
      kind: "SYSTEM",
      title: `Notice ${suffix}`,
      body: "Something happened that you should know about.",
      ...overrides,
      userId,
    },
  });
}
