import { addDays, hongKongToday } from "@/lib/domain/dates";

/** The daily digest goes out at this hour, Hong Kong time (HKT, UTC+8, no daylight saving). */
export const DIGEST_HOUR_HKT = 8;
const HKT_OFFSET_HOURS = 8;

/** The Hong Kong calendar day of a moment, as "YYYY-MM-DD". */
export function hongKongDayKey(at: Date): string {
  return hongKongToday(at).toISOString().slice(0, 10);
}

/** The moment of the digest of the Hong Kong day that `now` falls on (08:00 HKT). */
export function digestTimeOfDay(now: Date): Date {
  const day = hongKongToday(now);
  return new Date(day.getTime() + (DIGEST_HOUR_HKT - HKT_OFFSET_HOURS) * 60 * 60 * 1000);
}

/**
 * The digest a run at `now` is for: the latest 08:00 HKT at or before `now` (yesterday's before
 * 08:00). It lists notices queued before that moment, so a late or repeated run sends exactly
 * what the 08:00 run would have.
 */
export function latestDigestTime(now: Date): Date {
  const today = digestTimeOfDay(now);
  return today.getTime() <= now.getTime() ? today : addDays(today, -1);
}

/** The next digest strictly after `now`: 08:00 HKT today if still ahead, else tomorrow's. */
export function nextDigestAt(now: Date): Date {
  const today = digestTimeOfDay(now);
  return today.getTime() > now.getTime() ? today : addDays(today, 1);
}

export type DayGroup<T> = { day: string; notices: T[] };

/**
 * Notices grouped by the Hong Kong day they arrived on, newest day first and newest first
 * within a day: a notice at 23:59 HKT and one at 00:01 HKT fall on different days even
 * though both are on the same UTC day.
 */
export function groupByHongKongDay<T extends { createdAt: Date }>(
  notices: readonly T[],
): DayGroup<T>[] {
  const sorted = [...notices].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const groups: DayGroup<T>[] = [];
  for (const notice of sorted) {
    const day = hongKongDayKey(notice.createdAt);
    const last = groups.at(-1);
    if (last?.day === day) last.notices.push(notice);
    else groups.push({ day, notices: [notice] });
  }
  return groups;
}

export type RecipientDigest<T> = { userId: string; count: number; days: DayGroup<T>[] };

/** One digest per recipient (one email per user), each grouped by Hong Kong day. */
export function groupDigestsByRecipient<T extends { userId: string; createdAt: Date }>(
  notices: readonly T[],
): RecipientDigest<T>[] {
  const byUser = new Map<string, T[]>();
  for (const notice of notices) {
    const list = byUser.get(notice.userId);
    if (list) list.push(notice);
    else byUser.set(notice.userId, [notice]);
  }
  return [...byUser.entries()].map(([userId, own]) => ({
    userId,
    count: own.length,
    days: groupByHongKongDay(own),
  }));
}
