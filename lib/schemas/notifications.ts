import { z } from "zod";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";

export const EMAIL_FREQUENCIES = ["IMMEDIATE", "DAILY_DIGEST", "OFF"] as const;

const notificationId = z.string().min(1).max(40);

/** Marking one of one's own notices read. */
export const markNotificationReadSchema = z.object({ notificationId });
export type MarkNotificationReadInput = z.infer<typeof markNotificationReadSchema>;

/** Every notice of one's own at once: nothing to send. */
export const markAllNotificationsReadSchema = z.object({}).strict();

const frequency = z.enum(EMAIL_FREQUENCIES, { message: "Choose immediately, daily digest or off" });

/** One email choice per kind of notice: every kind, no other key. */
export const updateNotificationPreferencesSchema = z.object({
  email: z.strictObject(
    Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, frequency])) as Record<
      (typeof NOTIFICATION_KINDS)[number],
      typeof frequency
    >,
  ),
});
export type UpdateNotificationPreferencesInput = z.infer<
  typeof updateNotificationPreferencesSchema
>;
