"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { getOperatorEnrolmentOrThrow, listEnrolmentMemberIds } from "@/lib/data/cohort/lookups";
import { db } from "@/lib/db";
import { hongKongToday } from "@/lib/domain/dates";
import { checkEnrolmentMove } from "@/lib/domain/enrolment-status";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { changeEnrolmentStatusSchema } from "@/lib/schemas/cohort";

/**
 * Graduates or withdraws an active enrolment, with the reason. Its mentor assignments end
 * today and sessions still scheduled are cancelled; the start-up's people and its mentors are
 * told.
 */
export const changeEnrolmentStatus = organisationAction
  .metadata({ name: "change-enrolment-status", permission: "enrolment.manage" })
  .inputSchema(changeEnrolmentStatusSchema)
  .action(
    async ({ parsedInput: { enrolmentId, to, reason }, ctx: { user, organisation, request } }) => {
      await db.$transaction(async (tx) => {
        const enrolment = await getOperatorEnrolmentOrThrow(tx, {
          organisationId: organisation.id,
          enrolmentId,
        });
        // The row lock makes two officers' clicks apply one after the other.
        await tx.$queryRaw`select id from "Enrolment" where id = ${enrolment.id} for update`;
        const current = await tx.enrolment.findFirstOrThrow({
          where: { id: enrolment.id, organisationId: organisation.id },
          select: { status: true },
        });
        const check = checkEnrolmentMove(current.status, to, reason);
        if (!check.isAllowed) throw new AppError("CONFLICT", check.message);
        const now = new Date();
        await tx.enrolment.update({
          where: { id: enrolment.id },
          data: { status: to, statusReason: reason },
          select: { id: true },
        });
        const endingAssignments = await tx.mentorAssignment.findMany({
          where: { organisationId: organisation.id, enrolmentId: enrolment.id, status: "ACTIVE" },
          select: { id: true, mentorId: true },
        });
        await tx.mentorAssignment.updateMany({
          where: { id: { in: endingAssignments.map((assignment) => assignment.id) } },
          data: { status: "ENDED", endsOn: hongKongToday(now) },
        });
        const cancelled = await tx.coachingSession.updateMany({
          where: {
            organisationId: organisation.id,
            enrolmentId: enrolment.id,
            status: "SCHEDULED",
            startsAt: { gt: now },
          },
          data: { status: "CANCELLED" },
        });
        await recordAuditEvent(tx, {
          organisationId: organisation.id,
          actorId: user.id,
          action: to === "GRADUATED" ? "enrolment.graduate" : "enrolment.withdraw",
          targetType: "Enrolment",
          targetId: enrolment.id,
          before: { status: current.status },
          after: {
            status: to,
            reason,
            endedAssignments: endingAssignments.length,
            cancelledSessions: cancelled.count,
          },
          ...request,
        });
        const verb = to === "GRADUATED" ? "graduated from" : "withdrawn from";
        await notify(tx, {
          organisationId: organisation.id,
          userIds: await listEnrolmentMemberIds(tx, { enrolmentId: enrolment.id }),
          kind: "SYSTEM",
          title: `${enrolment.startup.name} has ${verb} ${enrolment.programme.name}`,
          body: reason,
          link: `/${enrolment.startup.slug}`,
        });
        await notify(tx, {
          organisationId: organisation.id,
          userIds: endingAssignments.map((assignment) => assignment.mentorId),
          kind: "COACHING",
          title: `Your mentoring of ${enrolment.startup.name} has ended`,
          body: `${enrolment.startup.name} has ${verb} ${enrolment.programme.name}.`,
          link: `/${organisation.slug}/mentoring`,
        });
      });
      revalidatePath(`/${organisation.slug}/cohort`);
      return { enrolmentId, status: to };
    },
  );
