import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  AUDIT_PAGE_SIZE,
  encodeAuditCursor,
  endOfHongKongDay,
  startOfHongKongDay,
  type AuditFilters,
} from "@/lib/data/audit/audit-filters";

export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

/**
 * One page of the organisation's audit trail, newest first, with a cursor for the next page
 * (null on the last). Ties on `createdAt` are broken by id, so no event is skipped or repeated.
 */
export async function listAuditEvents(
  organisationId: string,
  filters: AuditFilters,
  pageSize = AUDIT_PAGE_SIZE,
) {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filters.fromDay) and.push({ createdAt: { gte: startOfHongKongDay(filters.fromDay) } });
  if (filters.toDay) and.push({ createdAt: { lt: endOfHongKongDay(filters.toDay) } });
  if (filters.cursor) {
    const { createdAt, id } = filters.cursor;
    and.push({ OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] });
  }
  const rows = await db.auditEvent.findMany({
    where: {
      organisationId,
      ...(filters.actionPrefix ? { action: { startsWith: filters.actionPrefix } } : {}),
      ...(filters.actorId ? { actorId: filters.actorId } : {}),
      AND: and,
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: {
      id: true,
      action: true,
      targetType: true,
      targetId: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { id: true, name: true, email: true } },
    },
  });
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const nextCursor = rows.length > pageSize && last ? encodeAuditCursor(last) : null;
  const labels = await labelTargets(organisationId, page);
  return {
    events: page.map((event) => ({
      ...event,
      targetLabel: event.targetId ? (labels.get(event.targetId) ?? null) : null,
    })),
    nextCursor,
  };
}

/** Human names for the targets this page can name (members and invitations of this organisation). */
async function labelTargets(
  organisationId: string,
  events: { targetType: string | null; targetId: string | null }[],
): Promise<Map<string, string>> {
  const idsOf = (type: string) =>
    [
      ...new Set(
        events.filter((event) => event.targetType === type).map((event) => event.targetId),
      ),
    ].filter((id): id is string => id !== null);
  const [memberships, invitations] = await Promise.all([
    db.membership.findMany({
      where: { organisationId, id: { in: idsOf("Membership") } },
      select: { id: true, user: { select: { name: true } } },
    }),
    db.invitation.findMany({
      where: { organisationId, id: { in: idsOf("Invitation") } },
      select: { id: true, email: true },
    }),
  ]);
  return new Map([
    ...memberships.map((membership) => [membership.id, membership.user.name] as const),
    ...invitations.map((invitation) => [invitation.id, invitation.email] as const),
  ]);
}
