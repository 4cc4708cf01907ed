import "server-only";
import { db } from "@/lib/db";
import type { CsvCell } from "@/lib/domain/csv";
import { countMentorLoads, DEFAULT_MENTOR_CAPACITY } from "./mentor-loads";
import { mentorPoolWhere, type MentorPoolFilters } from "./mentor-pool-filters";

export const MENTOR_POOL_CSV_HEADER = [
  "Mentor",
  "Mentor (Chinese)",
  "Email",
  "Title",
  "Headline",
  "Entrepreneur in residence",
  "Expertise",
  "Therapeutic areas",
  "Languages",
  "Capacity",
  "Active start-ups",
  "Free places",
  "Start-ups",
] as const;

/** Every mentor matching the pool's filters as CSV rows, by name, with load counted by SQL. */
export async function buildMentorPoolCsvRows(
  organisationId: string,
  filters: MentorPoolFilters,
): Promise<CsvCell[][]> {
  return db.$transaction(async (tx) => {
    const members = await tx.membership.findMany({
      where: mentorPoolWhere(organisationId, filters),
      orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
      select: {
        title: true,
        user: { select: { id: true, name: true, nameZh: true, email: true } },
      },
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
        where: {
          organisationId,
          mentorId: { in: userIds },
          status: "ACTIVE",
          enrolment: { status: "ACTIVE" },
        },
        orderBy: [{ startsOn: "asc" }, { id: "asc" }],
        select: { mentorId: true, enrolment: { select: { startup: { select: { name: true } } } } },
      }),
    ]);
    const profileOf = new Map(profiles.map((profile) => [profile.userId, profile]));
    const startupsOf = new Map<string, string[]>();
    for (const assignment of assignments) {
      const names = startupsOf.get(assignment.mentorId) ?? [];
      names.push(assignment.enrolment.startup.name);
      startupsOf.set(assignment.mentorId, names);
    }
    return members.map((member) => {
      const profile = profileOf.get(member.user.id);
      const capacity = profile?.capacity ?? DEFAULT_MENTOR_CAPACITY;
      const load = loads.get(member.user.id) ?? 0;
      return [
        member.user.name,
        member.user.nameZh,
        member.user.email,
        member.title,
        profile?.headline,
        profile?.isEntrepreneurInResidence ? "Yes" : "No",
        (profile?.expertise ?? []).join("; "),
        (profile?.therapeuticAreas ?? []).join("; "),
        (profile?.languages ?? []).join("; "),
        capacity,
        load,
        Math.max(0, capacity - load),
        (startupsOf.get(member.user.id) ?? []).join("; "),
      ];
    });
  });
}
