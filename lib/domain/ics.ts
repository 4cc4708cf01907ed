/**
 * iCalendar (RFC 5545) files for coaching sessions: one VCALENDAR with Hong Kong's VTIMEZONE,
 * local start/end times with TZID, DTSTAMP in UTC, TEXT values escaped (3.3.11), lines folded
 * at 75 octets without splitting a UTF-8 character (3.1) and ended with CRLF.
 */

export const ICS_TIME_ZONE = "Asia/Hong_Kong";
// Hong Kong has had no daylight saving since 1979: one STANDARD rule covers every date we use.
const HONG_KONG_OFFSET_MINUTES = 8 * 60;

export type IcsEvent = {
  /** Globally unique and stable across downloads, so a calendar updates the event in place. */
  uid: string;
  startsAt: Date;
  durationMinutes: number;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  status: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
  /** Bumped when the event changes; calendars keep the highest. */
  sequence?: number;
  lastModified?: Date | null;
};

export type IcsCalendar = {
  name: string;
  events: readonly IcsEvent[];
  /** DTSTAMP: when the file was made. */
  generatedAt: Date;
};

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks; drops other controls. */
export function escapeIcsText(value: string): string {
  return (
    value
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\r\n|\r|\n/g, "\\n")
      // TEXT may hold no control characters but HTAB (RFC 5545 3.3.11).
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
  );
}

/** Folds one content line into chunks of at most 75 octets, never inside a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const chunks: string[] = [];
  let current = "";
  let currentOctets = 0;
  // Continuation lines start with a space, which counts towards their 75 octets.
  let limit = 75;
  for (const character of line) {
    const octets = encoder.encode(character).length;
    if (currentOctets + octets > limit) {
      chunks.push(current);
      current = "";
      currentOctets = 0;
      limit = 74;
    }
    current += character;
    currentOctets += octets;
  }
  chunks.push(current);
  return chunks.join("\r\n ");
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** 20261125T021500Z */
export function formatIcsUtc(value: Date): string {
  return (
    `${value.getUTCFullYear()}${pad(value.getUTCMonth() + 1)}${pad(value.getUTCDate())}` +
    `T${pad(value.getUTCHours())}${pad(value.getUTCMinutes())}${pad(value.getUTCSeconds())}Z`
  );
}

/** The Hong Kong wall-clock time of an instant, for `DTSTART;TZID=Asia/Hong_Kong:`. */
export function formatIcsHongKongLocal(value: Date): string {
  return formatIcsUtc(new Date(value.getTime() + HONG_KONG_OFFSET_MINUTES * 60_000)).slice(0, -1);
}

const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${ICS_TIME_ZONE}`,
  "BEGIN:STANDARD",
  "DTSTART:19700101T000000",
  "TZOFFSETFROM:+0800",
  "TZOFFSETTO:+0800",
  "TZNAME:HKT",
  "END:STANDARD",
  "END:VTIMEZONE",
];

function eventLines(event: IcsEvent, generatedAt: Date): string[] {
  const endsAt = new Date(event.startsAt.getTime() + event.durationMinutes * 60_000);
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${formatIcsUtc(generatedAt)}`,
    `DTSTART;TZID=${ICS_TIME_ZONE}:${formatIcsHongKongLocal(event.startsAt)}`,
    `DTEND;TZID=${ICS_TIME_ZONE}:${formatIcsHongKongLocal(endsAt)}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    `STATUS:${event.status}`,
    `SEQUENCE:${Math.max(0, Math.floor(event.sequence ?? 0))}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeIcsText(event.location)}`);
  // URL is a URI value, not TEXT: no escaping, but no line break may get in either.
  if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]/g, "")}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${formatIcsUtc(event.lastModified)}`);
  lines.push("END:VEVENT");
  return lines;
}

/** The whole .ics file, CRLF line endings and a final CRLF. */
export function buildIcsCalendar(calendar: IcsCalendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Incubase//Coaching sessions//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeIcsText(calendar.name)}`,
    `X-WR-TIMEZONE:${ICS_TIME_ZONE}`,
    ...VTIMEZONE,
    ...calendar.events.flatMap((event) => eventLines(event, calendar.generatedAt)),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldIcsLine).join("\r\n")}\r\n`;
}
