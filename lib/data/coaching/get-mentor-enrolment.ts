import "server-only";
import { listEnrolmentMembers } from "@/lib/data/cohort/lookups";
import { readEnrolmentSessionPage } from "@/lib/data/coaching/session-page";
import { db } from "@/lib/db";
import { hongKongToday } from "@/lib/domain/dates";

/**
 * One start-up as its mentor sees it — only while the mentor is ACTIVELY assigned (null
 * otherwise, as for another tenant's enrolment): the profile and support plan, one page of
 * the enrolment's sessions, newest first (the operator-only part of the mentor's own sessions
 * only) with their action items, and the start-up's people (to name an action item's owner).
 */
export async function getMentorEnrolment(
  organisationId: string,
  mentorId: string,
  enrolmentId: string,
  { now = new Date(), sessionCursor }: { now?: Date; sessionCursor?: string } = {},
) {
  return db.$transaction(async (tx) => {
    const assignment = await tx.mentorAssignment.findFirst({
      where: { organisationId, mentorId, enrolmentId, status: "ACTIVE" },
      select: { id: true, startsOn: true },
    });
    if (!assignment) return null;
    const enrolment = await tx.enrolment.findFirst({
      where: { id: enrolmentId, organisationId },
      select: {
        id: true,
        status: true,
        startsOn: true,
        endsOn: true,
        supportNeeds: true,
        workingLanguages: true,
        programme: { select: { name: true, nameZh: true } },
        startup: {
          select: {
            name: true,
            nameZh: true,
            startupProfile: {
              select: {
                focusAreas: true,
                leadAsset: true,
                pipelineStage: true,
                pipelineSummary: true,
              },
            },
          },
        },
        mentorAssignments: {
          where: { status: "ACTIVE" },
          select: { mentor: { select: { id: true, name: true } } },
        },
      },
    });
    if (!enrolment) return null;
    const sessions = await readEnrolmentSessionPage(tx, {
      organisationId,
      enrolmentId,
      cursor: sessionCursor,
      // Another mentor's private notes and assessment are theirs and the programme team's.
      privateNotesOf: { mentorId },
    });
    const members = await listEnrolmentMembers(tx, { enrolmentId });
    return {
      today: hongKongToday(now),
      assignmentId: assignment.id,
      assignedSince: assignment.startsOn,
      enrolment,
      members,
      sessions: {
        ...sessions,
        items: sessions.items.map((session) => ({
          ...session,
          isOwn: session.mentorId === mentorId,
        })),
      },
    };
  });
}

export type MentorEnrolment = NonNullable<Awaited<ReturnType<typeof getMentorEnrolment>>>;
