"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { db } from "@/lib/db";
import { hongKongToday } from "@/lib/domain/dates";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { endMentorAssignmentSchema } from "@/lib/schemas/cohort";

/**
 * Ends a mentor's assignment today. The mentor's sessions still scheduled with the start-up
 * are cancelled; what was logged stays. The mentor is told.
 */
export const endMentorAssignment = organisationAction
  .metadata({ name: "end-mentor-assignment", permission: "mentor.assign" })
  .inputSchema(endMentorAssignmentSchema)
  .action(async ({ parsedInput: { assignmentId }, ctx: { user, organisation, request } }) => {
    const enrolmentId = await db.$transaction(async (tx) => {
      const assignment = await tx.mentorAssignment.findFirst({
        where: { id: assignmentId, organisationId: organisation.id },
        select: {
          id: true,
          status: true,
          mentorId: true,
          enrolmentId: true,
          mentor: { select: { name: true } },
          enrolment: { select: { startup: { select: { name: true } } } },
        },
      });
      if (!assignment) throw new AppError("NOT_FOUND", "That mentor assignment does not exist.");
      const ended = await tx.mentorAssignment.updateMany({
        where: { id: assignment.id, organisationId: organisation.id, status: "ACTIVE" },
        data: { status: "ENDED", endsOn: hongKongToday() },
      });
      if (ended.count === 0) {
        throw new AppError("CONFLICT", `${assignment.mentor.name}'s assignment has already ended.`);
      }
      const cancelled = await tx.coachingSession.updateMany({
        where: {
          organisationId: organisation.id,
          enrolmentId: assignment.enrolmentId,
          mentorId: assignment.mentorId,
          status: "SCHEDULED",
          startsAt: { gt: new Date() },
        },
        data: { status: "CANCELLED" },
      });
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: "mentor.unassign",
        targetType: "MentorAssignment",
        targetId: assignment.id,
        before: { status: "ACTIVE" },
        after: { status: "ENDED", cancelledSessions: cancelled.count },
        ...request,
      });
      await notify(tx, {
        organisationId: organisation.id,
        userIds: [assignment.mentorId],
        kind: "COACHING",
        title: `Your mentoring of ${assignment.enrolment.startup.name} has ended`,
        body: `${organisation.name} has ended your assignment${cancelled.count > 0 ? `; ${cancelled.count} scheduled session${cancelled.count === 1 ? " was" : "s were"} cancelled` : ""}.`,
        link: `/${organisation.slug}/mentoring`,
      });
      return assignment.enrolmentId;
    });
    revalidatePath(`/${organisation.slug}/cohort/${enrolmentId}`);
    return { assignmentId };
  });
