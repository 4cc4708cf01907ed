import type {
  ActionItem,
  CoachingPrivateNote,
  CoachingSession,
  MentorAssignment,
  MentorProfile,
  Prisma,
} from "@/lib/generated/prisma/client";
import type { FactoryDatabase } from "./database";
import { resolveEnrolment } from "./enrolments";
import { createOperator } from "./organisations";
import { daysFrom, hongKongDay } from "./sequence";
import { createMember } from "./users";

/** Puts a user (a new mentor member unless given) in an operator's mentor pool. */
export async function createMentorProfile(
  db: FactoryDatabase,
  overrides: Partial<Prisma.MentorProfileUncheckedCreateInput> = {},
): Promise<MentorProfile> {
  const organisationId = overrides.organisationId ?? (await createOperator(db)).id;
  const userId =
    overrides.userId ?? (await createMember(db, { organisationId, role: "MENTOR" })).user.id;
  return db.mentorProfile.create({
    data: {
      headline: "Former head of clinical development",
      expertise: ["REGULATORY", "CLINICAL"],
      therapeuticAreas: ["ONCOLOGY"],
      languages: ["en", "yue"],
      ...overrides,
      organisationId,
      userId,
    },
  });
}

/** Assigns a mentor (a new mentor member unless given) to an enrolment, starting today. */
export async function createMentorAssignment(
  db: FactoryDatabase,
  overrides: Partial<Prisma.MentorAssignmentUncheckedCreateInput> = {},
): Promise<MentorAssignment> {
  const scope = await resolveEnrolment(db, overrides);
  const mentorId =
    overrides.mentorId ??
    (await createMember(db, { organisationId: scope.organisationId, role: "MENTOR" })).user.id;
  return db.mentorAssignment.create({
    data: { startsOn: hongKongDay(), ...overrides, ...scope, mentorId },
  });
}

/**
 * Creates a coaching session: SCHEDULED a week from now, one hour, by video. Enrolment and
 * mentor come from the given assignment, or a new assignment is made from what is given.
 */
export async function createCoachingSession(
  db: FactoryDatabase,
  overrides: Partial<Prisma.CoachingSessionUncheckedCreateInput> = {},
): Promise<CoachingSession> {
  const assignment = overrides.assignmentId
    ? await db.mentorAssignment.findUniqueOrThrow({ where: { id: overrides.assignmentId } })
    : await createMentorAssignment(db, {
        enrolmentId: overrides.enrolmentId,
        organisationId: overrides.organisationId,
        mentorId: overrides.mentorId,
      });
  return db.coachingSession.create({
    data: {
      startsAt: daysFrom(new Date(), 7),
      durationMinutes: 60,
      mode: "VIDEO",
      topics: ["COMMERCIALISATION"],
      ...overrides,
      assignmentId: assignment.id,
      enrolmentId: assignment.enrolmentId,
      mentorId: assignment.mentorId,
      organisationId: assignment.organisationId,
    },
  });
}

/** The operator-only part of a session (private notes, assessment), on a new or given session. */
export async function createCoachingPrivateNote(
  db: FactoryDatabase,
  overrides: Partial<Prisma.CoachingPrivateNoteUncheckedCreateInput> = {},
): Promise<CoachingPrivateNote> {
  const session = overrides.coachingSessionId
    ? await db.coachingSession.findUniqueOrThrow({ where: { id: overrides.coachingSessionId } })
    : await createCoachingSession(db, { organisationId: overrides.organisationId });
  return db.coachingPrivateNote.create({
    data: {
      notes: "Founder is stretched thin; suggest the officer checks the hiring plan.",
      assessmentRating: 3,
      assessmentComment: "On plan, CMC budget thin.",
      ...overrides,
      coachingSessionId: session.id,
      organisationId: session.organisationId,
    },
  });
}

/** Creates an OPEN action item owned by the start-up, due in two weeks, on a new or given session. */
export async function createActionItem(
  db: FactoryDatabase,
  overrides: Partial<Prisma.ActionItemUncheckedCreateInput> = {},
): Promise<ActionItem> {
  const session = overrides.coachingSessionId
    ? await db.coachingSession.findUniqueOrThrow({ where: { id: overrides.coachingSessionId } })
    : await createCoachingSession(db, { organisationId: overrides.organisationId });
  return db.actionItem.create({
    data: {
      description: "Send the draft target product profile to the mentor.",
      ownerSide: "STARTUP",
      dueOn: daysFrom(hongKongDay(), 14),
      ...overrides,
      coachingSessionId: session.id,
      organisationId: session.organisationId,
    },
  });
}
