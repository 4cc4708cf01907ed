import "server-only";
import { db } from "@/lib/db";

/**
 * The mentor's own session, for writing it up — only while they are still ACTIVELY assigned
 * to the start-up; null otherwise (another mentor's session, another tenant's).
 */
export async function getMentorSession(
  organisationId: string,
  mentorId: string,
  sessionId: string,
) {
  return db.coachingSession.findFirst({
    where: {
      id: sessionId,
      organisationId,
      mentorId,
      enrolment: {
        mentorAssignments: { some: { organisationId, mentorId, status: "ACTIVE" } },
      },
    },
    select: {
      id: true,
      enrolmentId: true,
      startsAt: true,
      durationMinutes: true,
      mode: true,
      status: true,
      topics: true,
      sharedNotes: true,
      enrolment: { select: { startup: { select: { name: true } } } },
    },
  });
}
