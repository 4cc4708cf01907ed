"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { getOperatorEnrolmentOrThrow, listEnrolmentMemberIds } from "@/lib/data/cohort/lookups";
import { countMentorLoads, DEFAULT_MENTOR_CAPACITY } from "@/lib/data/mentors/mentor-loads";
import { db } from "@/lib/db";
import { hongKongToday } from "@/lib/domain/dates";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { assignMentorSchema } from "@/lib/schemas/cohort";

/**
 * Assigns one of the operator's mentors to an active enrolment, from today. Refused when the
 * mentor is already assigned or has no free place (their capacity is theirs to raise). The
 * mentor and the start-up's people are told.
 */
export const assignMentor = organisationAction
  .metadata({ name: "assign-mentor", permission: "mentor.assign" })
  .inputSchema(assignMentorSchema)
  .action(
    async ({ parsedInput: { enrolmentId, mentorId }, ctx: { user, organisation, request } }) => {
      const assignment = await db.$transaction(async (tx) => {
        const enrolment = await getOperatorEnrolmentOrThrow(tx, {
          organisationId: organisation.id,
          enrolmentId,
        });
        if (enrolment.status !== "ACTIVE") {
          throw new AppError(
            "CONFLICT",
            `${enrolment.startup.name} is ${enrolment.status.toLowerCase()}: mentors are assigned to active enrolments only.`,
          );
        }
        const mentor = await tx.membership.findFirst({
          where: {
            organisationId: organisation.id,
            userId: mentorId,
            role: "MENTOR",
            status: "ACTIVE",
            user: { deactivatedAt: null },
          },
          select: { user: { select: { id: true, name: true } } },
        });
        if (!mentor)
          throw new AppError("NOT_FOUND", "Choose an active mentor of this organisation.");
        // One assignment at a time per mentor, so two officers cannot both take the last place.
        await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`mentor-load:${organisation.id}:${mentorId}`}, 0))`;
        const existing = await tx.mentorAssignment.findFirst({
          where: { organisationId: organisation.id, enrolmentId, mentorId, status: "ACTIVE" },
          select: { id: true },
        });
        if (existing) {
          throw new AppError(
            "CONFLICT",
            `${mentor.user.name} already mentors ${enrolment.startup.name}.`,
          );
        }
        const profile = await tx.mentorProfile.findFirst({
          where: { organisationId: organisation.id, userId: mentorId },
          select: { capacity: true },
        });
        const capacity = profile?.capacity ?? DEFAULT_MENTOR_CAPACITY;
        const load = (await countMentorLoads(tx, organisation.id, [mentorId])).get(mentorId) ?? 0;
        if (load >= capacity) {
          throw new AppError(
            "CONFLICT",
            `${mentor.user.name} has no free place (${load} of ${capacity} used). Choose another mentor, or ask them to raise their capacity on their profile.`,
          );
        }
        const created = await tx.mentorAssignment.create({
          data: {
            organisationId: organisation.id,
            enrolmentId,
            mentorId,
            startsOn: hongKongToday(),
          },
          select: { id: true },
        });
        await recordAuditEvent(tx, {
          organisationId: organisation.id,
          actorId: user.id,
          action: "mentor.assign",
          targetType: "MentorAssignment",
          targetId: created.id,
          after: { enrolmentId, mentorId, load: load + 1, capacity },
          ...request,
        });
        await notify(tx, {
          organisationId: organisation.id,
          userIds: [mentorId],
          kind: "COACHING",
          title: `You now mentor ${enrolment.startup.name}`,
          body: `${enrolment.programme.name}. Schedule a first session when you are ready.`,
          link: `/${organisation.slug}/mentoring/${enrolmentId}`,
        });
        await notify(tx, {
          organisationId: organisation.id,
          userIds: await listEnrolmentMemberIds(tx, { enrolmentId }),
          kind: "COACHING",
          title: `${mentor.user.name} is your mentor`,
          body: `${organisation.name} has assigned ${mentor.user.name} to mentor ${enrolment.startup.name} in ${enrolment.programme.name}.`,
          link: `/${enrolment.startup.slug}/coaching`,
        });
        return created;
      });
      revalidatePath(`/${organisation.slug}/cohort/${enrolmentId}`);
      return { assignmentId: assignment.id };
    },
  );
