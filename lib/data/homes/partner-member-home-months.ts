import { Prisma } from "@/lib/generated/prisma/client";

const HONG_KONG_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The last `count` Hong Kong calendar months up to and including the current one: their
 * "YYYY-MM" keys in order, the instant the first began (for timestamps), and the first and
 * the day after the last day as UTC-midnight dates (for `@db.Date` columns).
 */
export function hongKongMonthWindow(now: Date, count: number) {
  // Hong Kong has no daylight saving: its calendar is UTC shifted by eight hours.
  const local = new Date(now.getTime() + HONG_KONG_OFFSET_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    const date = new Date(Date.UTC(year, month - back, 1));
    months.push(`${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`);
  }
  const firstDay = new Date(Date.UTC(year, month - (count - 1), 1));
  return {
    months,
    firstDay,
    endDay: new Date(Date.UTC(year, month + 1, 1)),
    from: new Date(firstDay.getTime() - HONG_KONG_OFFSET_MS),
  };
}

/** A `@db.Date` value as a SQL date (never shifted by the session's time zone). */
export function dateParam(day: Date) {
  return Prisma.sql`${day.toISOString().slice(0, 10)}::date`;
}
