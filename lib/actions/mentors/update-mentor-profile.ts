"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { db } from "@/lib/db";
import { updateMentorProfileSchema } from "@/lib/schemas/cohort";

/**
 * The mentor's own profile in this operator's pool (created on the first save): expertise,
 * therapeutic areas, languages and how many start-ups they take at once. Lowering capacity
 * below the current load ends nothing; it only stops new assignments.
 */
export const updateMentorProfile = organisationAction
  .metadata({ name: "update-mentor-profile", permission: "mentor_profile.edit" })
  .inputSchema(updateMentorProfileSchema)
  .action(async ({ parsedInput, ctx: { user, organisation, request } }) => {
    const fields = parsedInput;
    const data = {
      headline: fields.headline,
      bio: fields.bio,
      expertise: [...new Set(fields.expertise)],
      therapeuticAreas: [...new Set(fields.therapeuticAreas)],
      languages: [...new Set(fields.languages)],
      capacity: fields.capacity,
    };
    const profile = await db.$transaction(async (tx) => {
      const before = await tx.mentorProfile.findFirst({
        where: { organisationId: organisation.id, userId: user.id },
        select: {
          id: true,
          headline: true,
          expertise: true,
          therapeuticAreas: true,
          languages: true,
          capacity: true,
        },
      });
      const saved = await tx.mentorProfile.upsert({
        where: { organisationId_userId: { organisationId: organisation.id, userId: user.id } },
        create: { organisationId: organisation.id, userId: user.id, ...data },
        update: data,
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: before ? "mentor_profile.update" : "mentor_profile.create",
        targetType: "MentorProfile",
        targetId: saved.id,
        before: before ?? undefined,
        after: { ...data, bio: data.bio ? "(set)" : null },
        ...request,
      });
      return saved;
    });
    revalidatePath(`/${organisation.slug}/mentoring`);
    return { profileId: profile.id };
  });
