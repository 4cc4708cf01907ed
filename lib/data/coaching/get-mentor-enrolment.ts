import "server-only";
import { listEnrolmentMembers } from "@/lib/data/cohort/lookups";
import { db } from "@/lib/db";
import { hongKongToday } from "@/lib/domain/dates";

/**
 * One start-up as its mentor sees it — only while the mentor is ACTIVELY assigned (null
 * otherwise, as for another tenant's enrolment): the profile and support plan, every session
 * on the enrolment (the operator-only part of the mentor's own sessions only), action items,
 * and the start-up's people (to name an action item's owner).
 */
export async function getMentorEnrolment(
  organisationId: string,
  mentorId: string,
  enrolmentId: string,
  now: Date = new Date(),
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
        programme: { select: { name: true } },
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
    const sessions = await tx.coachingSession.findMany({
      where: { organisationId, enrolmentId },
      orderBy: { startsAt: "desc" },
      select: {
        id: true,
        mentorId: true,
        startsAt: true,
        durationMinutes: true,
        mode: true,
        status: true,
        topics: true,
        sharedNotes: true,
        confirmedAt: true,
        mentor: { select: { name: true } },
        privateNote: {
          select: { notes: true, assessmentRating: true, assessmentComment: true },
        },
        actionItems: {
          orderBy: [{ status: "asc" }, { dueOn: { sort: "asc", nulls: "last" } }],
          select: {
            id: true,
            description: true,
            ownerSide: true,
            status: true,
            dueOn: true,
            owner: { select: { name: true } },
          },
        },
      },
    });
    const members = await listEnrolmentMembers(tx, { enrolmentId });
    return {
      today: hongKongToday(now),
      assignmentId: assignment.id,
      assignedSince: assignment.startsOn,
      enrolment,
      members,
      // Another mentor's private notes and assessment are theirs and the programme team's.
      sessions: sessions.map((session) => ({
        ...session,
        isOwn: session.mentorId === mentorId,
        privateNote: session.mentorId === mentorId ? session.privateNote : null,
      })),
    };
  });
}

export type MentorEnrolment = NonNullable<Awaited<ReturnType<typeof getMentorEnrolment>>>;
