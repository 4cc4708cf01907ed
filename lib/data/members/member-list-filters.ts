import { z } from "zod";
import { MembershipRole, MembershipStatus } from "@/lib/generated/prisma/enums";
import { decodeCursor, firstParam } from "@/lib/pagination/cursor";

export type MemberListFilters = {
  role?: MembershipRole;
  /** ACTIVE or DEACTIVATED; undefined lists both (active first). */
  status?: MembershipStatus;
  /** Part of a name (English or Chinese) or an email address. */
  search?: string;
  cursor?: { status: MembershipStatus; name: string; id: string };
};

const roleSchema = z.enum(Object.values(MembershipRole) as [MembershipRole, ...MembershipRole[]]);
const statusSchema = z.enum(
  Object.values(MembershipStatus) as [MembershipStatus, ...MembershipStatus[]],
);
const idPattern = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const searchText = z.string().trim().min(1).max(100);

/** Reads the members list's filters (`?role=&status=&q=&cursor=`); a bad value is dropped. */
export function parseMemberListFilters(
  searchParams: Record<string, string | string[] | undefined>,
): MemberListFilters {
  const role = roleSchema.safeParse(firstParam(searchParams, "role"));
  const status = statusSchema.safeParse(firstParam(searchParams, "status"));
  const search = searchText.safeParse(firstParam(searchParams, "q"));
  const parts = decodeCursor(firstParam(searchParams, "cursor"), 3);
  const cursorStatus = statusSchema.safeParse(parts?.[0]);
  const cursorId = idPattern.safeParse(parts?.[2]);
  return {
    role: role.success ? role.data : undefined,
    status: status.success ? status.data : undefined,
    search: search.success ? search.data : undefined,
    cursor:
      cursorStatus.success && typeof parts?.[1] === "string" && cursorId.success
        ? { status: cursorStatus.data, name: parts[1], id: cursorId.data }
        : undefined,
  };
}
