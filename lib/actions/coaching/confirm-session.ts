"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { db } from "@/lib/db";
import { formatHkDate } from "@/lib/domain/dates";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { confirmSessionSchema } from "@/lib/schemas/coaching";

/**
 * The start-up confirms that a logged session took place (LOGGED → CONFIRMED); its mentor is
 * told. Only sessions under the start-up's own enrolments are reachable.
 */
export const confirmSession = organisationAction
  .metadata({ name: "confirm-session", permission: "coaching.confirm" })
  .inputSchema(confirmSessionSchema)
  .action(async ({ parsedInput: { sessionId }, ctx: { user, organisation, request } }) => {
    await db.$transaction(async (tx) => {
      const session = await tx.coachingSession.findFirst({
        where: { id: sessionId, enrolment: { startupId: organisation.id } },
        select: {
          id: true,
          status: true,
          startsAt: true,
          mentorId: true,
          enrolmentId: true,
          enrolment: { select: { organisation: { select: { slug: true } } } },
        },
      });
      if (!session) throw new AppError("NOT_FOUND", "That coaching session does not exist.");
      if (session.status !== "LOGGED") {
        throw new AppError(
          "CONFLICT",
          session.status === "CONFIRMED"
            ? "This session is already confirmed."
            : "Only a session your mentor has written up can be confirmed.",
        );
      }
      const now = new Date();
      const changed = await tx.coachingSession.updateMany({
        where: { id: session.id, status: "LOGGED" },
        data: { status: "CONFIRMED", confirmedAt: now },
      });
      if (changed.count === 0) throw new AppError("CONFLICT", "This session is already confirmed.");
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: "coaching.confirm",
        targetType: "CoachingSession",
        targetId: session.id,
        before: { status: "LOGGED" },
        after: { status: "CONFIRMED", confirmedAt: now },
        ...request,
      });
      await notify(tx, {
        organisationId: organisation.id,
        userIds: [session.mentorId],
        kind: "COACHING",
        title: `${organisation.name} confirmed the session of ${formatHkDate(session.startsAt)}`,
        body: `${user.name} confirmed the session took place.`,
        link: `/${session.enrolment.organisation.slug}/mentoring/${session.enrolmentId}`,
      });
    });
    revalidatePath(`/${organisation.slug}/coaching`);
    return { sessionId };
  });
