import { markAllNotificationsRead } from "@/lib/actions/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/actions/notifications/mark-notification-read";
import { updateNotificationPreferences } from "@/lib/actions/notifications/update-preferences";
import { DEFAULT_EMAIL_FREQUENCY } from "@/lib/notifications/preferences";
import { createNotification } from "../../../factories/notifications";
import { testDb } from "../../../setup/test-database";
import type { Scenario } from "../scenarios";

/** Scenarios by `file#exportedName`, matching tests/authorization/matrix/notifications.ts. */
export const NOTIFICATION_SCENARIOS: Record<string, Scenario> = {
  // An unread notice of the target organisation's admin: every other principal names a notice
  // that is not theirs.
  "lib/actions/notifications/mark-notification-read.ts#markNotificationRead": async (
    world,
    actor,
  ) => {
    const recipientId =
      actor.targetOrganisationId === world.tenantA.id ? world.adminAId : world.adminBId;
    const notice = await createNotification(testDb(), {
      userId: recipientId,
      organisationId: actor.targetOrganisationId,
      kind: "DECISION",
    });
    return () => markNotificationRead({ notificationId: notice.id });
  },

  "lib/actions/notifications/mark-all-notifications-read.ts#markAllNotificationsRead": async (
    _world,
    actor,
  ) => {
    if (actor.userId) await createNotification(testDb(), { userId: actor.userId });
    return () => markAllNotificationsRead({});
  },

  "lib/actions/notifications/update-preferences.ts#updateNotificationPreferences": async () => () =>
    updateNotificationPreferences({
      email: { ...DEFAULT_EMAIL_FREQUENCY, MILESTONE: "OFF", DECISION: "DAILY_DIGEST" },
    }),
};
