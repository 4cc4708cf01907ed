import { addDays, hongKongToday } from "@/lib/domain/dates";

// The demo data tells a story set on this Hong Kong day. Everything is dated relative to
// 2026 so the data stays recognisably the same; only "upcoming" things follow the clock.
export const STORY_TODAY = day("2026-11-22");

/** An instant from Hong Kong wall-clock time, e.g. hkt("2026-09-15", "10:00"). */
export function hkt(date: string, time = "09:00"): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

/** An instant from a Hong Kong local timestamp, e.g. hktAt("2026-09-15T10:00"). */
export function hktAt(localTimestamp: string): Date {
  return new Date(`${localTimestamp}:00+08:00`);
}

/** A Hong Kong calendar date as Prisma stores a `@db.Date` (UTC midnight). */
export function day(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** The instant `days` after `instant` (negative for before). */
export function shiftDays(instant: Date, days: number): Date {
  return addDays(instant, days);
}

/** The calendar date (UTC midnight) of an instant in Hong Kong. */
export function dayOf(instant: Date): Date {
  return hongKongToday(instant);
}

/** "2026-09-15" for a `@db.Date` value. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * An instant `daysAhead` days after today (or after the story's today, whichever is later)
 * at a Hong Kong time: scheduled sessions stay in the future however late the seed runs.
 */
export function upcomingHkt(daysAhead: number, time: string): Date {
  const today = hongKongToday();
  const base = today > STORY_TODAY ? today : STORY_TODAY;
  return hkt(isoDay(addDays(base, daysAhead)), time);
}

/** True when the instant or date lies before the story's today. */
export function isPast(value: Date): boolean {
  return value < STORY_TODAY;
}
