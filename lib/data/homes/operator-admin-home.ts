import "server-only";
import { db } from "@/lib/db";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

export type OperatorAdminHomeData = Awaited<ReturnType<typeof getOperatorAdminHome>>;

const RECENT_AUDIT_EVENTS = 12;

/** The operator admin's home: who has which role in this organisation, and what happened lately. */
export async function getOperatorAdminHome(organisationId: string) {
  const [members, auditEvents, programmeCount, partnerCount] = await Promise.all([
    db.membership.findMany({
      where: { organisationId },
      orderBy: [{ status: "asc" }, { role: "asc" }, { user: { name: "asc" } }],
      select: {
        id: true,
        role: true,
        status: true,
        title: true,
        user: { select: { name: true, nameZh: true, email: true, lastSignInAt: true } },
      },
    }),
    db.auditEvent.findMany({
      where: { organisationId },
      orderBy: { createdAt: "desc" },
      take: RECENT_AUDIT_EVENTS,
      select: {
        id: true,
        action: true,
        targetType: true,
        targetId: true,
        createdAt: true,
        actor: { select: { name: true } },
      },
    }),
    db.programme.count({ where: { organisationId, status: { not: "ARCHIVED" } } }),
    db.programmePartner.findMany({
      where: { organisationId },
      distinct: ["partnerId"],
      select: { partnerId: true },
    }),
  ]);

  const activeCountsByRole = new Map<MembershipRole, number>();
  for (const member of members) {
    if (member.status !== "ACTIVE") continue;
    activeCountsByRole.set(member.role, (activeCountsByRole.get(member.role) ?? 0) + 1);
  }

  return {
    members,
    activeCountsByRole: [...activeCountsByRole.entries()].map(([role, count]) => ({ role, count })),
    activeMemberCount: members.filter((member) => member.status === "ACTIVE").length,
    programmeCount,
    partnerCount: partnerCount.length,
    auditEvents,
  };
}
