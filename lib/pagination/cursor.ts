/**
 * Cursor pagination for every list that can grow: a page is "the next PAGE_SIZE rows after this
 * key" in a stable order that ends with the id (so ties never skip or repeat a row), not an
 * offset (which gets slower and shifts as rows arrive). The cursor is the last row's sort key,
 * base64url-encoded JSON, checked on the way back in: a forged or stale one is ignored, never
 * passed to SQL as anything but values.
 */
export const PAGE_SIZE = 50;

export type CursorPart = string | number;

const MAX_CURSOR_LENGTH = 400;

export function encodeCursor(parts: readonly CursorPart[]): string {
  return Buffer.from(JSON.stringify(parts), "utf8").toString("base64url");
}

/** The parts of a cursor with exactly `arity` strings/numbers, or undefined when malformed. */
export function decodeCursor(
  value: string | null | undefined,
  arity: number,
): CursorPart[] | undefined {
  if (!value || value.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(value))
    return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== arity) return undefined;
    const isPart = (part: unknown) =>
      (typeof part === "string" && part.length <= 200) ||
      (typeof part === "number" && Number.isFinite(part));
    return parsed.every(isPart) ? (parsed as CursorPart[]) : undefined;
  } catch {
    return undefined;
  }
}

/** A date part of a decoded cursor (an ISO string), or undefined when it is not a valid date. */
export function cursorDate(part: CursorPart | undefined): Date | undefined {
  if (typeof part !== "string") return undefined;
  const date = new Date(part);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Query `take: size + 1` rows, then pass them here: the page's rows and the cursor of the next
 * page (null on the last page).
 */
export function takePage<Row>(
  rows: readonly Row[],
  toCursor: (row: Row) => readonly CursorPart[],
  size: number = PAGE_SIZE,
): { items: Row[]; nextCursor: string | null } {
  const items = rows.slice(0, size);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > size && last !== undefined ? encodeCursor(toCursor(last)) : null,
  };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a search parameter. */
export function firstParam(searchParams: SearchParams, name: string): string | undefined {
  const value = searchParams[name];
  return Array.isArray(value) ? value[0] : value;
}

/** `?cursor=` of a page's search params. */
export function readCursorParam(searchParams: SearchParams): string | undefined {
  return firstParam(searchParams, "cursor");
}

/** The URL of a list page with its filters kept and the cursor set (or removed for the first page). */
export function pageHref(
  basePath: string,
  searchParams: SearchParams,
  cursor: string | null,
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(searchParams)) {
    if (name === "cursor" || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) query.append(name, item);
  }
  if (cursor) query.set("cursor", cursor);
  const search = query.toString();
  return search ? `${basePath}?${search}` : basePath;
}
