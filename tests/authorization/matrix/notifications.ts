import type { ActionRow } from "../action-row";
import { SIGNED_IN_PRINCIPALS } from "../principals";

/** One's own inbox and email settings: account-level, in no organisation. */
export const NOTIFICATION_ACTIONS: readonly ActionRow[] = [
  {
    file: "lib/actions/notifications/mark-notification-read.ts",
    exportedName: "markNotificationRead",
    permission: "none: own notices only (the recipient)",
    // The target is tenant A's operator admin's notice (tenant B's admin's for the
    // foreign-target admin): only its recipient may mark it.
    allowed: ["operator-admin"],
  },
  {
    file: "lib/actions/notifications/mark-all-notifications-read.ts",
    exportedName: "markAllNotificationsRead",
    permission: "none: own notices only",
    allowed: SIGNED_IN_PRINCIPALS,
  },
  {
    file: "lib/actions/notifications/update-preferences.ts",
    exportedName: "updateNotificationPreferences",
    permission: "none: own account only",
    allowed: SIGNED_IN_PRINCIPALS,
  },
];
