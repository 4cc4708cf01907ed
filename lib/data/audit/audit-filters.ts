import { z } from "zod";

/** Audit events per page. */
export const AUDIT_PAGE_SIZE = 50;

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const HONG_KONG_OFFSET_MS = 8 * 60 * 60 * 1000; // Hong Kong has no daylight saving

export type AuditCursor = { createdAt: Date; id: string };

export type AuditFilters = {
  actionPrefix?: string;
  actorId?: string;
  /** Hong Kong calendar days, YYYY-MM-DD, both inclusive. */
  fromDay?: string;
  toDay?: string;
  cursor?: AuditCursor;
};

// Each field is parsed on its own and a bad one is dropped: a hand-edited URL shows the
// unfiltered list rather than an error page.
const optionalText = (max: number) => z.string().trim().min(1).max(max).optional().catch(undefined);
const optionalDay = z
  .string()
  .regex(dayPattern)
  // A real calendar day: 2026-02-30 would otherwise roll over to 2 March.
  .refine((value) => {
    const midnight = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(midnight.getTime()) && midnight.toISOString().slice(0, 10) === value;
  })
  .optional()
  .catch(undefined);

const searchParamsSchema = z.object({
  action: optionalText(100),
  actor: optionalText(64),
  from: optionalDay,
  to: optionalDay,
  cursor: optionalText(200),
});

/** Reads the audit page's filters from its URL search parameters. */
export function parseAuditFilters(
  searchParams: Record<string, string | string[] | undefined>,
): AuditFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const parsed = searchParamsSchema.parse({
    action: first(searchParams.action),
    actor: first(searchParams.actor),
    from: first(searchParams.from),
    to: first(searchParams.to),
    cursor: first(searchParams.cursor),
  });
  return {
    actionPrefix: parsed.action,
    actorId: parsed.actor,
    fromDay: parsed.from,
    toDay: parsed.to,
    cursor: parsed.cursor ? decodeAuditCursor(parsed.cursor) : undefined,
  };
}

/** The cursor after `event`, for the next page's URL. */
export function encodeAuditCursor(event: AuditCursor): string {
  return Buffer.from(`${event.createdAt.toISOString()}|${event.id}`, "utf8").toString("base64url");
}

/** The cursor in a URL, or undefined when it is malformed. */
export function decodeAuditCursor(value: string): AuditCursor | undefined {
  const [iso, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  if (!iso || !id || !/^[a-z0-9]{1,64}$/i.test(id)) return undefined;
  const createdAt = new Date(iso);
  return Number.isNaN(createdAt.getTime()) ? undefined : { createdAt, id };
}

/** The instant a Hong Kong calendar day (YYYY-MM-DD) begins. */
export function startOfHongKongDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - HONG_KONG_OFFSET_MS);
}

/** The instant after a Hong Kong calendar day ends (the next day's midnight). */
export function endOfHongKongDay(day: string): Date {
  return new Date(startOfHongKongDay(day).getTime() + 24 * 60 * 60 * 1000);
}
