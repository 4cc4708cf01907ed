import type { CoachingSessionStatus, EnrolmentStatus } from "@/lib/generated/prisma/enums";
import type { AcceptedApplication } from "./applications";
import {
  addDaysTo,
  atHongKongTime,
  daysBetween,
  hongKongDay,
  type ScaleContext,
  type ScaleProgramme,
  type ScaleStartup,
} from "./context";
import { spread } from "./random";
import { ACTION_ITEMS, COACHING_TOPICS, SESSION_NOTES } from "./words";

export type ScaleEnrolment = {
  id: string;
  programme: ScaleProgramme;
  startup: ScaleStartup;
  status: EnrolmentStatus;
  startsOn: Date;
  endsOn: Date;
  mentors: { id: string; mentorId: string; startsOn: Date; endsOn: Date | null }[];
};

/**
 * Enrolments: every accepted application joins its programme's cohort, and older cohorts
 * (enrolled before the operator used Incubase, so without an application) make up the plan.
 */
export async function seedEnrolments(
  context: ScaleContext,
  accepted: AcceptedApplication[],
): Promise<ScaleEnrolment[]> {
  const { ids, now, random, today } = context;
  const enrolments: ScaleEnrolment[] = [];
  const rows: unknown[][] = [];
  const taken = new Set<string>();
  const add = (
    programme: ScaleProgramme,
    startup: ScaleStartup,
    startsOn: Date,
    applicationId: string | null,
  ) => {
    const key = `${programme.id}:${startup.id}`;
    if (taken.has(key)) return;
    taken.add(key);
    let endsOn = addDaysTo(startsOn, Math.round(programme.durationMonths * 30.4));
    let status: EnrolmentStatus;
    if (!programme.isActive) {
      if (endsOn > today) endsOn = addDaysTo(today, -random.int(30, 200));
      status = "GRADUATED";
    } else if (endsOn < today) {
      status = random.chance(0.9) ? "GRADUATED" : "WITHDRAWN";
    } else {
      status = random.chance(0.96) ? "ACTIVE" : "WITHDRAWN";
    }
    const enrolment: ScaleEnrolment = {
      id: ids.next("en"),
      programme,
      startup,
      status,
      startsOn,
      endsOn,
      mentors: [],
    };
    enrolments.push(enrolment);
    rows.push([
      enrolment.id,
      programme.operator.id,
      programme.id,
      startup.id,
      applicationId,
      status,
      status === "WITHDRAWN" ? "The founders paused the company to join a larger biotech." : null,
      startsOn,
      endsOn,
      random.sample(COACHING_TOPICS, random.int(2, 3)),
      random.chance(0.7) ? ["en", "yue"] : ["en", "yue", "cmn"],
      now,
    ]);
  };
  for (const application of accepted) {
    const startsOn = addDaysTo(hongKongDay(application.decidedAt), random.int(14, 45));
    add(application.call.programme, application.startup, startsOn, application.id);
  }
  for (
    let attempt = 0;
    enrolments.length < context.plan.enrolments && attempt < context.plan.enrolments * 20;
    attempt++
  ) {
    const programme = random.pick(context.programmes);
    const startup = random.pick(context.startups);
    const earliest = programme.isActive ? 200 : 1600;
    add(programme, startup, addDaysTo(today, -random.int(earliest, earliest + 1300)), null);
  }
  await context.writer.insert(
    "Enrolment",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["programmeId", "text"],
      ["startupId", "text"],
      ["applicationId", "text"],
      ["status", '"EnrolmentStatus"'],
      ["statusReason", "text"],
      ["startsOn", "date"],
      ["endsOn", "date"],
      ["supportNeeds", '"CoachingTopic"[]'],
      ["workingLanguages", "text[]"],
      ["updatedAt", "timestamptz"],
    ],
    rows,
  );
  return enrolments;
}

/** One or two mentors per enrolment from the operator's pool, active while the enrolment is. */
export async function seedMentorAssignments(
  context: ScaleContext,
  enrolments: ScaleEnrolment[],
): Promise<void> {
  const { ids, now, random, today } = context;
  const rows: unknown[][] = [];
  for (const enrolment of enrolments) {
    const count = random.chance(0.3) ? 2 : 1;
    for (const mentorId of random.sample(enrolment.programme.operator.mentors, count)) {
      const startsOn = addDaysTo(enrolment.startsOn, random.int(0, 30));
      const isActive = enrolment.status === "ACTIVE";
      const endsOn = isActive ? null : enrolment.endsOn < today ? enrolment.endsOn : today;
      const id = ids.next("ma");
      enrolment.mentors.push({ id, mentorId, startsOn, endsOn });
      rows.push([
        id,
        enrolment.programme.operator.id,
        enrolment.id,
        mentorId,
        isActive ? "ACTIVE" : "ENDED",
        startsOn,
        endsOn,
        now,
      ]);
    }
  }
  await context.writer.insert(
    "MentorAssignment",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["enrolmentId", "text"],
      ["mentorId", "text"],
      ["status", '"MentorAssignmentStatus"'],
      ["startsOn", "date"],
      ["endsOn", "date"],
      ["updatedAt", "timestamptz"],
    ],
    rows,
  );
}

const SESSION_HOURS = [
  [10, 0],
  [14, 30],
  [16, 0],
  [11, 0],
] as const;

/**
 * Coaching sessions spread over each enrolment (up to two months ahead), each with one of its
 * assigned mentors: past ones logged or confirmed (some cancelled) with shared notes, a private
 * note for a quarter of them and action items for about half; future ones scheduled.
 */
export async function seedCoachingSessions(
  context: ScaleContext,
  enrolments: ScaleEnrolment[],
): Promise<void> {
  const { ids, now, random, today } = context;
  const sessions: unknown[][] = [];
  const privateNotes: unknown[][] = [];
  const actionItems: unknown[][] = [];
  const counts = spread(context.plan.coachingSessions, enrolments.length);
  enrolments.forEach((enrolment, index) => {
    const count = counts[index]!;
    const operatorId = enrolment.programme.operator.id;
    const lastDay = enrolment.status === "ACTIVE" ? addDaysTo(today, 60) : enrolment.endsOn;
    const span = Math.max(count, daysBetween(enrolment.startsOn, lastDay));
    for (let number = 0; number < count; number++) {
      const day = addDaysTo(enrolment.startsOn, Math.floor(((number + 0.5) * span) / count));
      const [hour, minute] = random.pick(SESSION_HOURS);
      const startsAt = atHongKongTime(day, hour, minute);
      const assignment =
        enrolment.mentors.find(
          (mentor) => mentor.startsOn <= day && (!mentor.endsOn || mentor.endsOn >= day),
        ) ?? enrolment.mentors[0]!;
      const status: CoachingSessionStatus =
        startsAt > now
          ? enrolment.status === "ACTIVE"
            ? "SCHEDULED"
            : "CANCELLED"
          : random.weighted({ CONFIRMED: 70, LOGGED: 20, CANCELLED: 10 });
      const topics = random.sample(COACHING_TOPICS, random.int(1, 3));
      const isWrittenUp = status === "LOGGED" || status === "CONFIRMED";
      const id = ids.next("cs");
      const confirmedAt =
        status === "CONFIRMED" ? minDate(now, addDaysTo(startsAt, random.int(1, 3))) : null;
      sessions.push([
        id,
        operatorId,
        enrolment.id,
        assignment.id,
        assignment.mentorId,
        startsAt,
        random.pick([45, 60, 60, 90, 120]),
        random.weighted({ IN_PERSON: 50, VIDEO: 40, PHONE: 10 }),
        status,
        topics,
        isWrittenUp ? random.pick(SESSION_NOTES[topics[0]!]) : null,
        confirmedAt,
        startsAt,
        confirmedAt ?? startsAt,
      ]);
      if (!isWrittenUp) continue;
      if (random.chance(0.25)) {
        privateNotes.push([
          ids.next("pn"),
          operatorId,
          id,
          "Founders are coachable; the CSO carries too much of the regulatory work alone.",
          random.int(2, 5),
          "On plan for the next milestone.",
          startsAt,
        ]);
      }
      const itemCount = random.chance(0.45) ? (random.chance(0.2) ? 2 : 1) : 0;
      for (let item = 0; item < itemCount; item++) {
        const side = random.weighted({ STARTUP: 60, MENTOR: 30, OPERATOR: 10 });
        const dueOn = addDaysTo(day, random.int(14, 30));
        const isOld = daysBetween(dueOn, today) > 14;
        const itemStatus = isOld ? random.weighted({ DONE: 80, DROPPED: 10, OPEN: 10 }) : "OPEN";
        actionItems.push([
          ids.next("ai"),
          operatorId,
          id,
          random.pick(ACTION_ITEMS),
          side,
          side === "STARTUP"
            ? enrolment.startup.founderId
            : side === "MENTOR"
              ? assignment.mentorId
              : null,
          dueOn,
          itemStatus,
          itemStatus === "DONE" ? minDate(now, atHongKongTime(dueOn, 18)) : null,
          startsAt,
          startsAt,
        ]);
      }
    }
  });
  await context.writer.insert(
    "CoachingSession",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["enrolmentId", "text"],
      ["assignmentId", "text"],
      ["mentorId", "text"],
      ["startsAt", "timestamptz"],
      ["durationMinutes", "int"],
      ["mode", '"CoachingMode"'],
      ["status", '"CoachingSessionStatus"'],
      ["topics", '"CoachingTopic"[]'],
      ["sharedNotes", "text"],
      ["confirmedAt", "timestamptz"],
      ["createdAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ],
    sessions,
  );
  await context.writer.insert(
    "CoachingPrivateNote",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["coachingSessionId", "text"],
      ["notes", "text"],
      ["assessmentRating", "int"],
      ["assessmentComment", "text"],
      ["updatedAt", "timestamptz"],
    ],
    privateNotes,
  );
  await context.writer.insert(
    "ActionItem",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["coachingSessionId", "text"],
      ["description", "text"],
      ["ownerSide", '"ActionItemOwnerSide"'],
      ["ownerId", "text"],
      ["dueOn", "date"],
      ["status", '"ActionItemStatus"'],
      ["completedAt", "timestamptz"],
      ["createdAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ],
    actionItems,
  );
}

/** Co-incubation start-ups share milestones with their partner, most also coaching summaries. */
export async function seedConsents(
  context: ScaleContext,
  enrolments: ScaleEnrolment[],
): Promise<void> {
  const { ids, now, random } = context;
  const rows: unknown[][] = [];
  for (const enrolment of enrolments) {
    if (enrolment.status === "WITHDRAWN") continue;
    for (const partnerId of enrolment.programme.partnerIds) {
      const shares = { MILESTONES: 0.9, COACHING_SUMMARIES: 0.6, DOCUMENTS: 0.4 };
      for (const [category, share] of Object.entries(shares)) {
        if (!random.chance(share)) continue;
        const grantedAt = atHongKongTime(addDaysTo(enrolment.startsOn, 7), 10);
        rows.push([
          ids.next("dc"),
          enrolment.programme.operator.id,
          enrolment.programme.id,
          enrolment.startup.id,
          partnerId,
          category,
          enrolment.startup.founderId,
          minDate(now, grantedAt),
          now,
        ]);
      }
    }
  }
  await context.writer.insert(
    "DataSharingConsent",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["programmeId", "text"],
      ["startupId", "text"],
      ["partnerId", "text"],
      ["category", '"ConsentCategory"'],
      ["grantedById", "text"],
      ["grantedAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ],
    rows,
  );
}

function minDate(a: Date, b: Date): Date {
  return a < b ? a : b;
}
