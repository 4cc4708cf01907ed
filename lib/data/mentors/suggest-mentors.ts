import "server-only";
import { db } from "@/lib/db";
import { rankMentors } from "@/lib/domain/mentor-matching";
import { countMentorLoads, DEFAULT_MENTOR_CAPACITY } from "./mentor-loads";

/**
 * The operator's mentors ranked for one enrolment (lib/domain/mentor-matching.ts): its support
 * needs and working languages against each mentor's expertise and languages, the start-up's
 * therapeutic areas (its profile) against theirs, and their free places. Mentors already
 * assigned to it are left out. Null when the enrolment is not the operator's.
 */
export async function suggestMentors(organisationId: string, enrolmentId: string) {
  return db.$transaction(async (tx) => {
    const enrolment = await tx.enrolment.findFirst({
      where: { id: enrolmentId, organisationId },
      select: {
        supportNeeds: true,
        workingLanguages: true,
        startup: { select: { startupProfile: { select: { focusAreas: true } } } },
        mentorAssignments: { where: { status: "ACTIVE" }, select: { mentorId: true } },
      },
    });
    if (!enrolment) return null;
    const assigned = new Set(enrolment.mentorAssignments.map((assignment) => assignment.mentorId));
    const members = await tx.membership.findMany({
      where: { organisationId, role: "MENTOR", status: "ACTIVE", user: { deactivatedAt: null } },
      select: { title: true, user: { select: { id: true, name: true } } },
    });
    const candidates = members.filter((member) => !assigned.has(member.user.id));
    const ids = candidates.map((member) => member.user.id);
    const [profiles, loads] = await Promise.all([
      tx.mentorProfile.findMany({
        where: { organisationId, userId: { in: ids } },
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
      countMentorLoads(tx, organisationId, ids),
    ]);
    const profileOf = new Map(profiles.map((profile) => [profile.userId, profile]));
    const needs = {
      needs: enrolment.supportNeeds,
      focusAreas: enrolment.startup.startupProfile?.focusAreas ?? [],
      languages: enrolment.workingLanguages,
    };
    const ranked = rankMentors(
      needs,
      candidates.map((member) => {
        const profile = profileOf.get(member.user.id);
        return {
          userId: member.user.id,
          name: member.user.name,
          title: member.title,
          headline: profile?.headline ?? null,
          hasProfile: profile !== undefined,
          isEntrepreneurInResidence: profile?.isEntrepreneurInResidence ?? false,
          expertise: profile?.expertise ?? [],
          therapeuticAreas: profile?.therapeuticAreas ?? [],
          languages: profile?.languages ?? [],
          capacity: profile?.capacity ?? DEFAULT_MENTOR_CAPACITY,
          activeLoad: loads.get(member.user.id) ?? 0,
        };
      }),
    );
    return { needs, suggestions: ranked };
  });
}

export type MentorSuggestions = NonNullable<Awaited<ReturnType<typeof suggestMentors>>>;
