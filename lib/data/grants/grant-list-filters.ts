import { z } from "zod";
import { decodeCursor, firstParam } from "@/lib/pagination/cursor";

export type GrantListFilters = {
  programmeId?: string;
  /** Part of the start-up's name (English or Chinese). */
  search?: string;
  cursor?: { startupName: string; id: string };
};

const idPattern = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const searchText = z.string().trim().min(1).max(100);

/** Reads the grants list's filters (`?programme=&q=&cursor=`); a bad value is dropped. */
export function parseGrantListFilters(
  searchParams: Record<string, string | string[] | undefined>,
): GrantListFilters {
  const programme = idPattern.safeParse(firstParam(searchParams, "programme"));
  const search = searchText.safeParse(firstParam(searchParams, "q"));
  const parts = decodeCursor(firstParam(searchParams, "cursor"), 2);
  const cursorId = idPattern.safeParse(parts?.[1]);
  return {
    programmeId: programme.success ? programme.data : undefined,
    search: search.success ? search.data : undefined,
    cursor:
      typeof parts?.[0] === "string" && cursorId.success
        ? { startupName: parts[0], id: cursorId.data }
        : undefined,
  };
}
