import "server-only";
import { readEnrolmentSessionPage } from "@/lib/data/coaching/session-page";
import { db } from "@/lib/db";

/**
 * One enrolment for the programme team: the start-up, the programme's benefits, the support
 * plan, every mentor assignment, and one page of sessions (newest first, `sessions.items`)
 * with their operator-only part and action items. Null outside the tenant.
 */
export async function getOfficerEnrolment(
  organisationId: string,
  enrolmentId: string,
  { sessionCursor }: { sessionCursor?: string } = {},
) {
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
          select: {
            id: true,
            name: true,
            nameZh: true,
            kind: true,
            benefits: true,
            durationMonths: true,
          },
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
    const sessions = await readEnrolmentSessionPage(tx, {
      organisationId,
      enrolmentId,
      cursor: sessionCursor,
      privateNotesOf: "all",
    });
    return { ...enrolment, sessions };
  });
}

export type OfficerEnrolment = NonNullable<Awaited<ReturnType<typeof getOfficerEnrolment>>>;
