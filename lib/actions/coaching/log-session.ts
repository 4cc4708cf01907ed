"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { getAssignedEnrolmentOrThrow, notAssigned } from "@/lib/data/coaching/mentor-scope";
import { listEnrolmentMemberIds } from "@/lib/data/cohort/lookups";
import type { Transaction } from "@/lib/data/cohort/transaction";
import { db } from "@/lib/db";
import { formatHkDate } from "@/lib/domain/dates";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { hongKongInstant, logSessionSchema, type ActionItemInput } from "@/lib/schemas/coaching";

// A session is written up once it has happened; a little slack for a clock set a few minutes on.
const FUTURE_SLACK_MS = 15 * 60 * 1000;

type ParsedActionItem = {
  description: string;
  ownerSide: ActionItemInput["ownerSide"];
  ownerId: string | null;
  dueOn: string | null;
};

/**
 * The mentor writes up a session with a start-up assigned to them — a new one, or one they had
 * scheduled: what happened (shared with the start-up), private notes and an assessment of
 * progress (the operator's only, in CoachingPrivateNote), and action items with owners and due
 * dates. The start-up's people are asked to confirm it.
 */
export const logSession = organisationAction
  .metadata({ name: "log-session", permission: "coaching.log" })
  .inputSchema(logSessionSchema)
  .action(async ({ parsedInput: input, ctx: { user, organisation, request } }) => {
    const startsAt = hongKongInstant(input.date, input.time);
    if (startsAt.getTime() > Date.now() + FUTURE_SLACK_MS) {
      throw new AppError("INVALID", "That time is still to come: schedule the session instead.");
    }
    const result = await db.$transaction(async (tx) => {
      const enrolment = await getAssignedEnrolmentOrThrow(tx, {
        organisationId: organisation.id,
        mentorId: user.id,
        enrolmentId: input.enrolmentId,
      });
      const fields = {
        startsAt,
        durationMinutes: input.durationMinutes,
        mode: input.mode,
        status: "LOGGED" as const,
        topics: [...new Set(input.topics)],
        sharedNotes: input.sharedNotes,
      };
      let sessionId: string;
      if (input.sessionId) {
        const scheduled = await tx.coachingSession.findFirst({
          where: {
            id: input.sessionId,
            organisationId: organisation.id,
            enrolmentId: enrolment.id,
            mentorId: user.id,
          },
          select: { id: true },
        });
        if (!scheduled) throw notAssigned();
        const changed = await tx.coachingSession.updateMany({
          where: { id: scheduled.id, organisationId: organisation.id, status: "SCHEDULED" },
          data: { ...fields, assignmentId: enrolment.assignmentId },
        });
        if (changed.count === 0) {
          throw new AppError("CONFLICT", "That session is already logged or was cancelled.");
        }
        sessionId = scheduled.id;
      } else {
        const created = await tx.coachingSession.create({
          data: {
            ...fields,
            organisationId: organisation.id,
            enrolmentId: enrolment.id,
            assignmentId: enrolment.assignmentId,
            mentorId: user.id,
          },
          select: { id: true },
        });
        sessionId = created.id;
      }
      await tx.coachingPrivateNote.upsert({
        where: { coachingSessionId: sessionId },
        create: {
          organisationId: organisation.id,
          coachingSessionId: sessionId,
          notes: input.privateNotes,
          assessmentRating: input.assessmentRating,
          assessmentComment: input.assessmentComment,
        },
        update: {
          notes: input.privateNotes,
          assessmentRating: input.assessmentRating,
          assessmentComment: input.assessmentComment,
        },
        select: { id: true },
      });
      const startupMemberIds = await listEnrolmentMemberIds(tx, { enrolmentId: enrolment.id });
      const items = await checkActionItems(tx, {
        items: input.actionItems,
        organisationId: organisation.id,
        enrolmentId: enrolment.id,
        mentorId: user.id,
        startupMemberIds,
        sessionDay: input.date,
      });
      if (items.length > 0) {
        await tx.actionItem.createMany({
          data: items.map((item) => ({
            organisationId: organisation.id,
            coachingSessionId: sessionId,
            description: item.description,
            ownerSide: item.ownerSide,
            ownerId: item.ownerId,
            dueOn: item.dueOn ? new Date(`${item.dueOn}T00:00:00.000Z`) : null,
          })),
        });
      }
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: "coaching.log",
        targetType: "CoachingSession",
        targetId: sessionId,
        after: {
          enrolmentId: enrolment.id,
          startsAt,
          durationMinutes: input.durationMinutes,
          mode: input.mode,
          topics: fields.topics,
          assessmentRating: input.assessmentRating,
          hasPrivateNotes: Boolean(input.privateNotes),
          actionItems: items.length,
          wasScheduled: Boolean(input.sessionId),
        },
        ...request,
      });
      await notify(tx, {
        organisationId: organisation.id,
        userIds: startupMemberIds,
        kind: "COACHING",
        title: `Confirm your coaching session of ${formatHkDate(startsAt)}`,
        body: `${user.name} wrote up the session with ${enrolment.startup.name}${items.length > 0 ? ` and ${items.length} action item${items.length === 1 ? "" : "s"}` : ""}. Confirm it took place.`,
        link: `/${enrolment.startup.slug}/coaching#session-${sessionId}`,
      });
      return { sessionId, enrolmentId: enrolment.id };
    });
    revalidatePath(`/${organisation.slug}/mentoring/${result.enrolmentId}`);
    return { sessionId: result.sessionId };
  });

/**
 * Owners must be people of their side: a member of the start-up, a mentor of this enrolment,
 * or one of the operator's officers. No owner means the side owns it. Due dates fall on or
 * after the session's day.
 */
async function checkActionItems(
  tx: Transaction,
  {
    items,
    organisationId,
    enrolmentId,
    mentorId,
    startupMemberIds,
    sessionDay,
  }: {
    items: ParsedActionItem[];
    organisationId: string;
    enrolmentId: string;
    mentorId: string;
    startupMemberIds: string[];
    sessionDay: string;
  },
): Promise<ParsedActionItem[]> {
  if (items.length === 0) return [];
  const [mentors, officers] = await Promise.all([
    tx.mentorAssignment.findMany({
      where: { organisationId, enrolmentId, status: "ACTIVE" },
      select: { mentorId: true },
    }),
    tx.membership.findMany({
      where: {
        organisationId,
        status: "ACTIVE",
        role: { in: ["PROGRAMME_OFFICER", "OPERATOR_ADMIN"] },
      },
      select: { userId: true },
    }),
  ]);
  const allowedOwners = {
    STARTUP: new Set(startupMemberIds),
    MENTOR: new Set(mentors.map((mentor) => mentor.mentorId)),
    OPERATOR: new Set(officers.map((officer) => officer.userId)),
  };
  return items.map((item, index) => {
    const ownerId = item.ownerId ?? (item.ownerSide === "MENTOR" ? mentorId : null);
    if (ownerId && !allowedOwners[item.ownerSide].has(ownerId)) {
      throw new AppError(
        "INVALID",
        `Action item ${index + 1}: choose an owner from ${item.ownerSide === "STARTUP" ? "the start-up's team" : item.ownerSide === "MENTOR" ? "this start-up's mentors" : "the programme team"}.`,
      );
    }
    if (item.dueOn && item.dueOn < sessionDay) {
      throw new AppError(
        "INVALID",
        `Action item ${index + 1}: the due date is before the session.`,
      );
    }
    return { ...item, ownerId };
  });
}
