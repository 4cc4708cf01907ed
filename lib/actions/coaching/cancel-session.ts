"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { notAssigned } from "@/lib/data/coaching/mentor-scope";
import { listEnrolmentMemberIds } from "@/lib/data/cohort/lookups";
import { db } from "@/lib/db";
import { formatHkDateTime } from "@/lib/domain/dates";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { cancelSessionSchema } from "@/lib/schemas/coaching";

/** The mentor calls off one of their scheduled sessions; the start-up's people are told. */
export const cancelSession = organisationAction
  .metadata({ name: "cancel-session", permission: "coaching.log" })
  .inputSchema(cancelSessionSchema)
  .action(async ({ parsedInput: { sessionId }, ctx: { user, organisation, request } }) => {
    const enrolmentId = await db.$transaction(async (tx) => {
      const session = await tx.coachingSession.findFirst({
        where: {
          id: sessionId,
          organisationId: organisation.id,
          mentorId: user.id,
          enrolment: {
            mentorAssignments: {
              some: { organisationId: organisation.id, mentorId: user.id, status: "ACTIVE" },
            },
          },
        },
        select: {
          id: true,
          status: true,
          startsAt: true,
          enrolmentId: true,
          enrolment: { select: { startup: { select: { slug: true, name: true } } } },
        },
      });
      if (!session) throw notAssigned();
      const changed = await tx.coachingSession.updateMany({
        where: { id: session.id, organisationId: organisation.id, status: "SCHEDULED" },
        data: { status: "CANCELLED" },
      });
      if (changed.count === 0) {
        throw new AppError("CONFLICT", "Only a scheduled session can be cancelled.");
      }
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: "coaching.cancel",
        targetType: "CoachingSession",
        targetId: session.id,
        before: { status: session.status },
        after: { status: "CANCELLED" },
        ...request,
      });
      await notify(tx, {
        organisationId: organisation.id,
        userIds: await listEnrolmentMemberIds(tx, { enrolmentId: session.enrolmentId }),
        kind: "COACHING",
        title: `Coaching session of ${formatHkDateTime(session.startsAt)} cancelled`,
        body: `${user.name} cancelled the session with ${session.enrolment.startup.name}.`,
        link: `/${session.enrolment.startup.slug}/coaching`,
      });
      return session.enrolmentId;
    });
    revalidatePath(`/${organisation.slug}/mentoring/${enrolmentId}`);
    return { sessionId };
  });
