import "server-only";
import { db } from "@/lib/db";
import { nextDigestAt } from "@/lib/notifications/digest";
import { effectivePreferences, type EffectivePreference } from "@/lib/notifications/preferences";

export type NotificationSettings = {
  preferences: EffectivePreference[];
  /** When the last daily digest was emailed to this user, if ever. */
  lastDigestSentAt: Date | null;
  nextDigestAt: Date;
};

/** The user's email choice for every kind of notice (defaults filled in) and their digest times. */
export async function getNotificationSettings(
  userId: string,
  now: Date = new Date(),
): Promise<NotificationSettings> {
  const [stored, lastDigest] = await db.$transaction(async (tx) => [
    await tx.notificationPreference.findMany({
      where: { userId },
      select: { kind: true, email: true },
    }),
    await tx.notificationDigest.findFirst({
      where: { userId, sentAt: { not: null } },
      orderBy: { sentAt: "desc" },
      select: { sentAt: true },
    }),
  ]);
  return {
    preferences: effectivePreferences(stored),
    lastDigestSentAt: lastDigest?.sentAt ?? null,
    nextDigestAt: nextDigestAt(now),
  };
}
