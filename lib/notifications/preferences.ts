import type { EmailFrequency, NotificationKind } from "@/lib/generated/prisma/enums";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";

/**
 * Email by default: the two kinds people act on at once (a decision on their application,
 * money) arrive immediately; everything else waits for the 08:00 digest. In-app notices are
 * always on and not configurable.
 */
export const DEFAULT_EMAIL_FREQUENCY: Record<NotificationKind, EmailFrequency> = {
  DECISION: "IMMEDIATE",
  DISBURSEMENT: "IMMEDIATE",
  APPLICATION_STATUS: "DAILY_DIGEST",
  CLARIFICATION: "DAILY_DIGEST",
  REVIEW_ASSIGNED: "DAILY_DIGEST",
  MILESTONE: "DAILY_DIGEST",
  COACHING: "DAILY_DIGEST",
  INVITATION: "DAILY_DIGEST",
  SYSTEM: "DAILY_DIGEST",
};

export type StoredPreference = { kind: NotificationKind; email: EmailFrequency };

/** How a user gets email about one kind: their stored choice, or the default. */
export function resolveEmailFrequency(
  kind: NotificationKind,
  stored: readonly StoredPreference[],
): EmailFrequency {
  return (
    stored.find((preference) => preference.kind === kind)?.email ?? DEFAULT_EMAIL_FREQUENCY[kind]
  );
}

export type EffectivePreference = {
  kind: NotificationKind;
  email: EmailFrequency;
  isDefault: boolean;
};

/** Every kind with the frequency in force for this user, in the form's order. */
export function effectivePreferences(stored: readonly StoredPreference[]): EffectivePreference[] {
  return NOTIFICATION_KINDS.map((kind) => {
    const own = stored.find((preference) => preference.kind === kind);
    return {
      kind,
      email: own?.email ?? DEFAULT_EMAIL_FREQUENCY[kind],
      isDefault: !own || own.email === DEFAULT_EMAIL_FREQUENCY[kind],
    };
  });
}

/**
 * The rows to store for a submitted form: only choices that differ from the default, so a
 * later change of default reaches everyone who never chose otherwise.
 */
export function preferencesToStore(choices: readonly StoredPreference[]): StoredPreference[] {
  return choices.filter((choice) => choice.email !== DEFAULT_EMAIL_FREQUENCY[choice.kind]);
}
