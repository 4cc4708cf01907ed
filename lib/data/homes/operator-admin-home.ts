import "server-only";
import { db } from "@/lib/db";
import { READ_TRANSACTION } from "@/lib/data/milestones/read-transaction";
import { MembershipRole } from "@/lib/generated/prisma/enums";

export type OperatorAdminHomeData = Awaited<ReturnType<typeof getOperatorAdminHome>>;

const RECENT_AUDIT_EVENTS = 10;
const INVITATION_LIMIT = 8;
const DEACTIVATED_LIMIT = 5;
/** An invitation that lapses within this many days is flagged. */
export const EXPIRING_SOON_DAYS = 3;
/** "Recently" deactivated: within this many days. */
export const RECENT_DEACTIVATION_DAYS = 30;
const DAY_MS = 86_400_000;

type InvitationRow = {
  id: string;
  email: string;
  name: string | null;
  role: MembershipRole;
  expiresAt: Date;
  createdAt: Date;
  invitedByName: string;
};
type DeactivatedRow = {
  id: string;
  role: MembershipRole;
  updatedAt: Date;
  name: string;
  nameZh: string | null;
  email: string;
};
type CountsRow = {
  invitationCount: number;
  expiringSoonCount: number;
  deactivatedRecentlyCount: number;
  programmeCount: number;
  partnerCount: number;
};

/**
 * The operator admin's home: members by role (counted in SQL), pending invitations (soonest to
 * lapse first, flagged when within three days), the last ten audit events and the members
 * deactivated in the last 30 days. Scoped by the membership's organisation; every list bounded.
 */
export async function getOperatorAdminHome(organisationId: string, now: Date = new Date()) {
  const deactivatedSince = new Date(now.getTime() - RECENT_DEACTIVATION_DAYS * DAY_MS);
  const expiringBefore = new Date(now.getTime() + EXPIRING_SOON_DAYS * DAY_MS);
  return db.$transaction(async (tx) => {
    const roleCounts = await tx.membership.groupBy({
      by: ["role", "status"],
      where: { organisationId },
      _count: { _all: true },
    });
    const invitations = await tx.$queryRaw<InvitationRow[]>`
      select i.id, i.email, i.name, i.role, i."expiresAt", i."createdAt", u.name as "invitedByName"
      from "Invitation" i join "User" u on u.id = i."invitedById"
      where i."organisationId" = ${organisationId} and i.status = 'PENDING' and i."expiresAt" > ${now}
      order by i."expiresAt", i.id
      limit ${INVITATION_LIMIT}`;
    const auditEvents = await tx.auditEvent.findMany({
      where: { organisationId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: RECENT_AUDIT_EVENTS,
      select: {
        id: true,
        action: true,
        targetType: true,
        targetId: true,
        createdAt: true,
        actor: { select: { name: true, nameZh: true } },
      },
    });
    // Membership has no deactivation date of its own: the last change of a deactivated
    // membership is its deactivation (reactivation makes it ACTIVE again).
    const deactivated = await tx.$queryRaw<DeactivatedRow[]>`
      select m.id, m.role, m."updatedAt", u.name, u."nameZh", u.email
      from "Membership" m join "User" u on u.id = m."userId"
      where m."organisationId" = ${organisationId} and m.status = 'DEACTIVATED'
        and m."updatedAt" >= ${deactivatedSince}
      order by m."updatedAt" desc, m.id
      limit ${DEACTIVATED_LIMIT}`;
    // Every headline count in one statement (the same filters as the lists above).
    const [counts] = await tx.$queryRaw<CountsRow[]>`
      select
        (select count(*)::int from "Invitation" i
          where i."organisationId" = ${organisationId} and i.status = 'PENDING'
            and i."expiresAt" > ${now}) as "invitationCount",
        (select count(*)::int from "Invitation" i
          where i."organisationId" = ${organisationId} and i.status = 'PENDING'
            and i."expiresAt" > ${now} and i."expiresAt" <= ${expiringBefore}) as "expiringSoonCount",
        (select count(*)::int from "Membership" m
          where m."organisationId" = ${organisationId} and m.status = 'DEACTIVATED'
            and m."updatedAt" >= ${deactivatedSince}) as "deactivatedRecentlyCount",
        (select count(*)::int from "Programme" p
          where p."organisationId" = ${organisationId} and p.status <> 'ARCHIVED') as "programmeCount",
        (select count(distinct pp."partnerId")::int from "ProgrammePartner" pp
          where pp."organisationId" = ${organisationId}) as "partnerCount"`;

    const countOf = (role: MembershipRole, status: "ACTIVE" | "DEACTIVATED") =>
      roleCounts.find((row) => row.role === role && row.status === status)?._count._all ?? 0;
    const roles = Object.values(MembershipRole).filter((role) =>
      roleCounts.some((row) => row.role === role),
    );

    return {
      countsByRole: roles.map((role) => ({
        role,
        active: countOf(role, "ACTIVE"),
        deactivated: countOf(role, "DEACTIVATED"),
      })),
      activeMemberCount: roles.reduce((sum, role) => sum + countOf(role, "ACTIVE"), 0),
      deactivatedMemberCount: roles.reduce((sum, role) => sum + countOf(role, "DEACTIVATED"), 0),
      invitations: invitations.map((invitation) => ({
        ...invitation,
        isExpiringSoon: invitation.expiresAt <= expiringBefore,
      })),
      invitationCount: counts?.invitationCount ?? 0,
      expiringSoonCount: counts?.expiringSoonCount ?? 0,
      auditEvents,
      deactivated,
      deactivatedRecentlyCount: counts?.deactivatedRecentlyCount ?? 0,
      programmeCount: counts?.programmeCount ?? 0,
      partnerCount: counts?.partnerCount ?? 0,
    };
  }, READ_TRANSACTION);
}
