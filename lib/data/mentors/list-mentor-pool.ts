import "server-only";
import type { Transaction } from "@/lib/data/cohort/transaction";
import { db } from "@/lib/db";
import { decodeCursor, PAGE_SIZE, takePage } from "@/lib/pagination/cursor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countMentorLoads, DEFAULT_MENTOR_CAPACITY } from "./mentor-loads";
import { mentorPoolWhere, type MentorPoolFilters } from "./mentor-pool-filters";

/** Rows after the cursor `[name, userId]` in name order; a malformed cursor means page one. */
function afterCursor(cursor: string | undefined): Prisma.MembershipWhereInput {
  const [name, userId] = decodeCursor(cursor, 2) ?? [];
  if (typeof name !== "string" || typeof userId !== "string") return {};
  return {
    OR: [{ user: { name: { gt: name } } }, { user: { name }, userId: { gt: userId } }],
  };
}

/**
 * Free places across the whole pool and the number of mentors, in one SQL aggregate: each
 * mentor's capacity (the profile's, else the default) less their active load, never below 0.
 */
async function poolTotals(tx: Transaction, organisationId: string) {
  const [row] = await tx.$queryRaw<{ mentors: number; freePlaces: number }[]>`
    select count(*)::int as mentors,
           coalesce(sum(greatest(0, coalesce(p.capacity, ${DEFAULT_MENTOR_CAPACITY}) - coalesce(l.load, 0))), 0)::int as "freePlaces"
    from "Membership" m
    left join "MentorProfile" p on p."organisationId" = m."organisationId" and p."userId" = m."userId"
    left join (
      select a."mentorId", count(*) as load
      from "MentorAssignment" a join "Enrolment" e on e.id = a."enrolmentId"
      where a."organisationId" = ${organisationId} and a.status = 'ACTIVE' and e.status = 'ACTIVE'
      group by a."mentorId"
    ) l on l."mentorId" = m."userId"
    where m."organisationId" = ${organisationId} and m.role = 'MENTOR' and m.status = 'ACTIVE'`;
  return { mentors: row?.mentors ?? 0, freePlaces: row?.freePlaces ?? 0 };
}

/**
 * One page of the operator's mentor pool for officers, by name: each active mentor with their
 * profile (or none yet), their current load (counted by SQL) and the start-ups they mentor.
 * `total` counts the mentors matching the filters; `poolSize` and `freePlaces` the whole pool.
 */
export async function listMentorPool(
  organisationId: string,
  filters: MentorPoolFilters = {},
  { cursor }: { cursor?: string } = {},
) {
  return db.$transaction(async (tx) => {
    const where = mentorPoolWhere(organisationId, filters);
    const [members, total, totals] = await Promise.all([
      tx.membership.findMany({
        where: { AND: [where, afterCursor(cursor)] },
        orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
        take: PAGE_SIZE + 1,
        select: { title: true, user: { select: { id: true, name: true, nameZh: true } } },
      }),
      tx.membership.count({ where }),
      poolTotals(tx, organisationId),
    ]);
    const page = takePage(members, (member) => [member.user.name, member.user.id]);
    const userIds = page.items.map((member) => member.user.id);
    const [profiles, loads, assignments] = await Promise.all([
      tx.mentorProfile.findMany({
        where: { organisationId, userId: { in: userIds } },
        select: {
          userId: true,
          headline: true,
          expertise: true,
          therapeuticAreas: true,
          languages: true,
          capacity: true,
          isEntrepreneurInResidence: true,
        },
      }),
      countMentorLoads(tx, organisationId, userIds),
      tx.mentorAssignment.findMany({
        where: {
          organisationId,
          mentorId: { in: userIds },
          status: "ACTIVE",
          enrolment: { status: "ACTIVE" },
        },
        orderBy: [{ startsOn: "asc" }, { id: "asc" }],
        select: {
          mentorId: true,
          enrolment: { select: { id: true, startup: { select: { name: true, nameZh: true } } } },
        },
      }),
    ]);
    const profileOf = new Map(profiles.map((profile) => [profile.userId, profile]));
    return {
      total,
      poolSize: totals.mentors,
      freePlaces: totals.freePlaces,
      nextCursor: page.nextCursor,
      items: page.items.map((member) => {
        const profile = profileOf.get(member.user.id) ?? null;
        return {
          ...member.user,
          title: member.title,
          profile,
          capacity: profile?.capacity ?? DEFAULT_MENTOR_CAPACITY,
          load: loads.get(member.user.id) ?? 0,
          startups: assignments
            .filter((assignment) => assignment.mentorId === member.user.id)
            .map((assignment) => ({
              enrolmentId: assignment.enrolment.id,
              name: assignment.enrolment.startup.name,
              nameZh: assignment.enrolment.startup.nameZh,
            })),
        };
      }),
    };
  });
}

export type MentorPoolEntry = Awaited<ReturnType<typeof listMentorPool>>["items"][number];
