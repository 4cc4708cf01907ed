import "server-only";
import { db } from "@/lib/db";

/**
 * One enrolment for the programme team: the start-up, the programme's benefits, the support
 * plan, every mentor assignment, and every session with its operator-only part and action
 * items. Null outside the tenant.
 */
export async function getOfficerEnrolment(organisationId: string, enrolmentId: string) {
  return db.$transaction(async (tx) => {
    const enrolment = await tx.enrolment.findFirst({
      where: { id: enrolmentId, organisationId },
      select: {
        id: true,
        status: true,
        statusReason: true,
        startsOn: true,
        endsOn: true,
        updatedAt: true,
        supportNeeds: true,
        workingLanguages: true,
        application: { select: { id: true, reference: true, callId: true } },
        programme: {
          select: { id: true, name: true, kind: true, benefits: true, durationMonths: true },
        },
        startup: {
          select: {
            id: true,
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
          orderBy: [{ status: "asc" }, { startsOn: "desc" }],
          select: {
            id: true,
            status: true,
            startsOn: true,
            endsOn: true,
            mentor: { select: { id: true, name: true, nameZh: true } },
          },
        },
      },
    });
    if (!enrolment) return null;
    const sessions = await tx.coachingSession.findMany({
      where: { organisationId, enrolmentId },
      orderBy: { startsAt: "desc" },
      select: {
        id: true,
        startsAt: true,
        durationMinutes: true,
        mode: true,
        status: true,
        topics: true,
        sharedNotes: true,
        confirmedAt: true,
        mentor: { select: { name: true } },
        privateNote: { select: { notes: true, assessmentRating: true, assessmentComment: true } },
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
    return { ...enrolment, sessions };
  });
}

export type OfficerEnrolment = NonNullable<Awaited<ReturnType<typeof getOfficerEnrolment>>>;
