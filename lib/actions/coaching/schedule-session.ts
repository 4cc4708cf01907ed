"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { getAssignedEnrolmentOrThrow } from "@/lib/data/coaching/mentor-scope";
import { listEnrolmentMemberIds } from "@/lib/data/cohort/lookups";
import { db } from "@/lib/db";
import { coachingModeLabels } from "@/lib/domain/coaching-labels";
import { formatHkDateTime } from "@/lib/domain/dates";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { hongKongInstant, scheduleSessionSchema } from "@/lib/schemas/coaching";

/**
 * The mentor plans a session with a start-up assigned to them: SCHEDULED at a Hong Kong date
 * and time, with an agenda the start-up sees. The start-up's people are told and can add it
 * to their calendar.
 */
export const scheduleSession = organisationAction
  .metadata({ name: "schedule-session", permission: "coaching.log" })
  .inputSchema(scheduleSessionSchema)
  .action(async ({ parsedInput: input, ctx: { user, organisation, request } }) => {
    const startsAt = hongKongInstant(input.date, input.time);
    const session = await db.$transaction(async (tx) => {
      const enrolment = await getAssignedEnrolmentOrThrow(tx, {
        organisationId: organisation.id,
        mentorId: user.id,
        enrolmentId: input.enrolmentId,
      });
      if (startsAt <= new Date()) {
        throw new AppError(
          "INVALID",
          "That time has passed: log the session instead of scheduling it.",
        );
      }
      const created = await tx.coachingSession.create({
        data: {
          organisationId: organisation.id,
          enrolmentId: enrolment.id,
          assignmentId: enrolment.assignmentId,
          mentorId: user.id,
          startsAt,
          durationMinutes: input.durationMinutes,
          mode: input.mode,
          status: "SCHEDULED",
          topics: [...new Set(input.topics)],
          sharedNotes: input.agenda,
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: "coaching.schedule",
        targetType: "CoachingSession",
        targetId: created.id,
        after: {
          enrolmentId: enrolment.id,
          startsAt,
          durationMinutes: input.durationMinutes,
          mode: input.mode,
          topics: input.topics,
        },
        ...request,
      });
      await notify(tx, {
        organisationId: organisation.id,
        userIds: await listEnrolmentMemberIds(tx, { enrolmentId: enrolment.id }),
        kind: "COACHING",
        title: `Coaching session on ${formatHkDateTime(startsAt)}`,
        body: `${user.name} scheduled ${input.durationMinutes} minutes (${coachingModeLabels[input.mode].toLowerCase()}) with ${enrolment.startup.name}.`,
        link: `/${enrolment.startup.slug}/coaching#session-${created.id}`,
      });
      return created;
    });
    revalidatePath(`/${organisation.slug}/mentoring`);
    return { sessionId: session.id };
  });
