import "server-only";
import { db } from "@/lib/db";
import { coachingModeLabels, coachingTopicLabels } from "@/lib/domain/coaching-labels";
import { buildIcsCalendar, type IcsEvent } from "@/lib/domain/ics";
import type { MembershipRole, OrganisationKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Who asks for a calendar file: the signed-in user acting in one of their organisations. */
export type CalendarParty = {
  userId: string;
  organisationId: string;
  organisationSlug: string;
  organisationName: string;
  role: MembershipRole;
  organisationKind: OrganisationKind;
};

/**
 * The sessions this party is a party to: as a mentor, their own sessions in this operator; as
 * a start-up member, the sessions of their start-up's enrolments. Anyone else is a party to
 * nothing (null), which the route answers with 404, as for a session that does not exist.
 */
function partyScope(party: CalendarParty): Prisma.CoachingSessionWhereInput | null {
  if (party.role === "MENTOR" && party.organisationKind === "OPERATOR") {
    return { organisationId: party.organisationId, mentorId: party.userId };
  }
  if (party.role === "STARTUP_MEMBER" && party.organisationKind === "STARTUP") {
    return { enrolment: { startupId: party.organisationId } };
  }
  return null;
}

const sessionFields = {
  id: true,
  enrolmentId: true,
  startsAt: true,
  durationMinutes: true,
  mode: true,
  status: true,
  topics: true,
  sharedNotes: true,
  updatedAt: true,
  mentor: { select: { name: true } },
  enrolment: {
    select: {
      programme: { select: { name: true } },
      organisation: { select: { name: true } },
      startup: { select: { name: true } },
    },
  },
} satisfies Prisma.CoachingSessionSelect;

type CalendarSession = Prisma.CoachingSessionGetPayload<{ select: typeof sessionFields }>;

function toEvent(session: CalendarSession, party: CalendarParty, origin: string): IcsEvent {
  const isMentor = party.role === "MENTOR";
  const counterpart = isMentor ? session.enrolment.startup.name : session.mentor.name;
  const topics = session.topics.map((topic) => coachingTopicLabels[topic]).join(", ");
  const description = [
    `${session.enrolment.programme.name} (${session.enrolment.organisation.name})`,
    topics ? `Topics: ${topics}` : null,
    session.status === "SCHEDULED" && session.sharedNotes ? `Agenda: ${session.sharedNotes}` : null,
  ]
    .filter(Boolean)
    .join("\n");
  const path = isMentor
    ? `/${party.organisationSlug}/mentoring/${session.enrolmentId}`
    : `/${party.organisationSlug}/coaching#session-${session.id}`;
  return {
    uid: `coaching-session-${session.id}@incubase`,
    startsAt: session.startsAt,
    durationMinutes: session.durationMinutes,
    summary: `Coaching: ${isMentor ? counterpart : `with ${counterpart}`}`,
    description,
    location: coachingModeLabels[session.mode],
    url: `${origin}${path}`,
    status: session.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
    // Seconds since the epoch grow with every change, as SEQUENCE must.
    sequence: Math.floor(session.updatedAt.getTime() / 1000) - 1_700_000_000,
    lastModified: session.updatedAt,
  };
}

/** One session as an .ics file, or null when the party is not a party to it. */
export async function buildSessionCalendar(
  party: CalendarParty,
  sessionId: string,
  origin: string,
  now: Date = new Date(),
): Promise<{ filename: string; body: string } | null> {
  const scope = partyScope(party);
  if (!scope) return null;
  const session = await db.coachingSession.findFirst({
    where: { AND: [scope, { id: sessionId }] },
    select: sessionFields,
  });
  if (!session) return null;
  const day = session.startsAt.toISOString().slice(0, 10);
  return {
    filename: `coaching-${day}.ics`,
    body: buildIcsCalendar({
      name: "Coaching session",
      generatedAt: now,
      events: [toEvent(session, party, origin)],
    }),
  };
}

/** Every upcoming scheduled session of the party as one .ics file; null for a non-party role. */
export async function buildUpcomingCalendar(
  party: CalendarParty,
  origin: string,
  now: Date = new Date(),
): Promise<{ filename: string; body: string } | null> {
  const scope = partyScope(party);
  if (!scope) return null;
  const sessions = await db.coachingSession.findMany({
    where: { AND: [scope, { status: "SCHEDULED", startsAt: { gt: now } }] },
    orderBy: { startsAt: "asc" },
    take: 200,
    select: sessionFields,
  });
  return {
    filename: `coaching-${party.organisationSlug}.ics`,
    body: buildIcsCalendar({
      name: `Coaching (${party.organisationName})`,
      generatedAt: now,
      events: sessions.map((session) => toEvent(session, party, origin)),
    }),
  };
}
