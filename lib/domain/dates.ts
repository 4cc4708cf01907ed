export const HONG_KONG_TIME_ZONE = "Asia/Hong_Kong";

const dateFormats = new Map<string, { date: Intl.DateTimeFormat; dateTime: Intl.DateTimeFormat }>();

/** Cached Hong Kong time formats per BCP 47 locale: "30 Jun 2026" in en-HK, "2026年6月30日" in Chinese. */
function dateFormatsFor(locale: string) {
  let formats = dateFormats.get(locale);
  if (!formats) {
    formats = {
      date: new Intl.DateTimeFormat(locale, {
        timeZone: HONG_KONG_TIME_ZONE,
        day: "numeric",
        month: "short",
        year: "numeric",
      }),
      dateTime: new Intl.DateTimeFormat(locale, {
        timeZone: HONG_KONG_TIME_ZONE,
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }),
    };
    dateFormats.set(locale, formats);
  }
  return formats;
}

const calendarPartsFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: HONG_KONG_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** A calendar date in Hong Kong, e.g. "30 Jun 2026". Works for timestamps and `date` columns. */
export function formatHkDate(value: Date, locale = "en-HK"): string {
  return dateFormatsFor(locale).date.format(value);
}

/** A moment in Hong Kong time, 24-hour clock, e.g. "30 Jun 2026, 23:59". */
export function formatHkDateTime(value: Date, locale = "en-HK"): string {
  return dateFormatsFor(locale).dateTime.format(value);
}

function hongKongCalendar(now: Date): { year: number; month: number; day: number } {
  const parts = calendarPartsFormat.formatToParts(now);
  const read = (type: "year" | "month" | "day") =>
    Number(parts.find((part) => part.type === type)?.value);
  return { year: read("year"), month: read("month"), day: read("day") };
}

/**
 * Today's Hong Kong calendar date as UTC midnight: the form Prisma uses for `@db.Date`
 * columns, so it compares directly with due dates.
 */
export function hongKongToday(now: Date = new Date()): Date {
  const { year, month, day } = hongKongCalendar(now);
  return new Date(Date.UTC(year, month - 1, day));
}

/** The instant the current Hong Kong calendar month began (midnight HKT on the 1st). */
export function startOfHongKongMonth(now: Date = new Date()): Date {
  const { year, month } = hongKongCalendar(now);
  // Hong Kong has no daylight saving: it is always UTC+8.
  return new Date(Date.UTC(year, month - 1, 1) - 8 * 60 * 60 * 1000);
}

/** The date `days` calendar days after `date` (UTC arithmetic, for `@db.Date` values). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 24 * 60 * 60 * 1000);
}
