import "server-only";
import { db } from "@/lib/db";
import { countMentorLoads, DEFAULT_MENTOR_CAPACITY } from "./mentor-loads";

/**
 * The operator's mentor pool for officers: every active mentor member, with their profile (or
 * none yet), their current load and the start-ups they mentor.
 */
export async function listMentorPool(organisationId: string) {
  return db.$transaction(async (tx) => {
    const members = await tx.membership.findMany({
      where: { organisationId, role: "MENTOR", status: "ACTIVE" },
      orderBy: { user: { name: "asc" } },
      select: { title: true, user: { select: { id: true, name: true, nameZh: true } } },
    });
    const userIds = members.map((member) => member.user.id);
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
        where: { organisationId, status: "ACTIVE", enrolment: { status: "ACTIVE" } },
        orderBy: { startsOn: "asc" },
        select: {
          mentorId: true,
          enrolment: { select: { id: true, startup: { select: { name: true } } } },
        },
      }),
    ]);
    const profileOf = new Map(profiles.map((profile) => [profile.userId, profile]));
    return members.map((member) => {
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
          })),
      };
    });
  });
}

export type MentorPoolEntry = Awaited<ReturnType<typeof listMentorPool>>[number];
