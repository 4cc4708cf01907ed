import { HONG_KONG_TIME_ZONE } from "@/lib/domain/dates";

// A call opens and closes at a Hong Kong wall-clock time, typed into a `datetime-local` input
// ("2026-10-01T09:00") whatever the officer's own time zone is. Hong Kong has no daylight
// saving, so the offset is always +08:00.

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const inputPartsFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: HONG_KONG_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "2026-10-01T09:00" read as Hong Kong time, or null when it is not a real date and time. */
export function parseHongKongDateTimeInput(text: string): Date | null {
  const match = LOCAL_INPUT.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, ...number[]];
  const date = new Date(Date.UTC(year!, month! - 1, day!, hour! - 8, minute!));
  // Date.UTC rolls 30 February over into March: refuse anything that does not round-trip.
  return toHongKongDateTimeInput(date) === text.trim() ? date : null;
}

/** The Hong Kong wall-clock time of a moment, as a `datetime-local` value. */
export function toHongKongDateTimeInput(value: Date): string {
  const parts = Object.fromEntries(
    inputPartsFormat.formatToParts(value).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
