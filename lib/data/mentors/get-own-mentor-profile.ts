import "server-only";
import { db } from "@/lib/db";
import { countMentorLoads } from "./mentor-loads";

/** The signed-in mentor's own profile in this operator's pool (null before the first save). */
export async function getOwnMentorProfile(organisationId: string, userId: string) {
  return db.$transaction(async (tx) => {
    const profile = await tx.mentorProfile.findFirst({
      where: { organisationId, userId },
      select: {
        headline: true,
        bio: true,
        expertise: true,
        therapeuticAreas: true,
        languages: true,
        capacity: true,
        isEntrepreneurInResidence: true,
        updatedAt: true,
      },
    });
    const loads = await countMentorLoads(tx, organisationId, [userId]);
    return { profile, load: loads.get(userId) ?? 0 };
  });
}
