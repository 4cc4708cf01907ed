import type { Prisma } from "@/lib/generated/prisma/client";
import {
  createCoachingPrivateNote,
  createCoachingSession,
  createMentorAssignment,
  createMentorProfile,
} from "@/tests/factories/coaching";
import { stableNumber } from "./answers";
import { SESSION_NOTES } from "./coaching-notes";
import { officerFor, type SeedContext, staffMember } from "./context";
import type { SeededEnrolment } from "./enrolments";
import { must } from "./lookup";
import { MENTORS } from "./mentor-pool";
import { dayOf, hkt, isoDay, shiftDays, STORY_TODAY, upcomingHkt } from "./time";

// Who mentors whom: [mentor key in staff.ts, enrolment key, ended on (for past assignments)].
const ASSIGNMENTS: [string, string, string?][] = [
  ["mentor", "incuBio:pokfulam-cell"],
  ["mentor", "astrazeneca:lion-rock-immuno"],
  ["mentor", "boehringer:jade-mrna"],
  ["eir", "incuBio:pokfulam-cell"],
  ["eir", "astrazeneca:shatin-oncology"],
  ["eir", "incuBio:victoria-peak-dx"],
  ["eir", "incuBio:cheung-chau-marine", "2026-06-30"],
  ["cmcMentor", "astrazeneca:ma-on-shan-tcr"],
  ["cmcMentor", "astrazeneca:clear-water-bay-rna"],
  ["cmcMentor", "boehringer:sai-kung-antibody"],
  ["ipMentor", "boehringer:junk-bay-phage"],
  ["ipMentor", "boehringer:jadeite-glyco"],
  ["medtechMentor", "incuBio:wan-chai-ortho"],
  ["medtechMentor", "incuBio:harbourview-ai"],
  ["medtechMentor", "astrazeneca:nathan-road-digital"],
  ["nmpaMentor", "incuBio:lingnan-herbal"],
  ["nmpaMentor", "astrazeneca:lok-ma-chau-genomics"],
  ["nmpaMentor", "incuBio:greenwave-tcm", "2026-08-28"],
  ["clinicalMentor", "incuBio:tidewater-bio"],
  ["cuhkMentor", "cuhkSeed:victoria-peak-dx"],
  ["cuhkMentor", "cuhkSeed:tsing-yi-ophthalmics"],
  ["eir", "cuhkSeed:tsing-yi-ophthalmics"],
];

const SESSION_TIMES = ["10:00", "14:30", "16:00", "11:00", "09:30", "15:00"];
const MODES = ["IN_PERSON", "VIDEO", "PHONE"] as const;

/** Mentor profiles, assignments, coaching sessions and action items. Returns mentors by enrolment key. */
export async function seedCoaching(
  context: SeedContext,
  enrolments: SeededEnrolment[],
): Promise<Map<string, string[]>> {
  const { db } = context;
  for (const profile of MENTORS) {
    const { userKey, organisation, ...fields } = profile;
    await createMentorProfile(db, {
      ...fields,
      organisationId:
        organisation === "hkstp" ? context.organisations.hkstp.id : context.organisations.cuhk.id,
      userId: staffMember(context, userKey).id,
    });
  }

  const mentorsByEnrolment = new Map<string, string[]>();
  const actionItems: Prisma.ActionItemCreateManyInput[] = [];
  for (const [index, [mentorKey, enrolmentKey, endedOn]] of ASSIGNMENTS.entries()) {
    const seeded = must(new Map(enrolments.map((item) => [item.key, item])), enrolmentKey);
    const mentor = staffMember(context, mentorKey);
    const { enrolment, team } = seeded;
    const startsOn = shiftDays(enrolment.startsOn, 14);
    const assignment = await createMentorAssignment(db, {
      organisationId: enrolment.organisationId,
      enrolmentId: enrolment.id,
      mentorId: mentor.id,
      status: endedOn ? "ENDED" : "ACTIVE",
      startsOn,
      endsOn: endedOn ? dayOf(hkt(endedOn)) : null,
      createdAt: hkt(isoDay(startsOn), "09:00"),
    });
    mentorsByEnrolment.set(enrolmentKey, [
      ...(mentorsByEnrolment.get(enrolmentKey) ?? []),
      mentor.id,
    ]);

    const asset = team.seed.leadAsset.split(",")[0] ?? team.seed.name;
    // A mentor's second and third start-ups get a different run of notes from the first.
    const ordinal = ASSIGNMENTS.slice(0, index).filter(([key]) => key === mentorKey).length;
    const templates = SESSION_NOTES[mentorKey] ?? [];
    const notes = [0, 1, 2]
      .slice(0, Math.min(3, templates.length))
      .map((step) => templates[(ordinal * 2 + step) % templates.length])
      .filter((template) => template !== undefined)
      .map((template) => template(asset));
    const lastDay = endedOn ? hkt(endedOn) : STORY_TODAY;
    const jitter = stableNumber(enrolmentKey, 6);
    // Up to three past sessions, four weeks apart, oldest first; never before the assignment.
    const past = [3, 2, 1]
      .map((weeksBack) => shiftDays(lastDay, -(weeksBack * 28 - 14 + jitter)))
      .filter((date) => date > shiftDays(startsOn, 5))
      .slice(-notes.length);
    for (const [position, date] of past.entries()) {
      const note = notes[position];
      if (!note) continue;
      const startsAt = hkt(
        isoDay(dayOf(date)),
        SESSION_TIMES[(index + position) % SESSION_TIMES.length] ?? "10:00",
      );
      const isLatest = position === past.length - 1 && !endedOn;
      // One session was cancelled by the start-up (a clash with an investor meeting).
      const isCancelled =
        mentorKey === "medtechMentor" &&
        enrolmentKey.endsWith("nathan-road-digital") &&
        position === 0;
      const session = await createCoachingSession(db, {
        assignmentId: assignment.id,
        startsAt,
        durationMinutes: [60, 90, 45][position % 3] ?? 60,
        mode: MODES[(index + position) % MODES.length] ?? "VIDEO",
        status: isCancelled ? "CANCELLED" : isLatest ? "LOGGED" : "CONFIRMED",
        topics: note.topics,
        sharedNotes: isCancelled ? null : note.shared,
        confirmedAt: isCancelled || isLatest ? null : shiftDays(startsAt, 1.1),
        createdAt: startsAt,
        updatedAt: shiftDays(startsAt, 0.2),
      });
      if (isCancelled) continue;
      // The operator-only part lives in its own table (the start-up can read the session row).
      await createCoachingPrivateNote(db, {
        coachingSessionId: session.id,
        notes: note.private || null,
        assessmentRating: note.rating,
        assessmentComment: note.comment,
        createdAt: startsAt,
        updatedAt: shiftDays(startsAt, 0.2),
      });
      for (const action of note.actions) {
        const dueOn = dayOf(shiftDays(startsAt, action.dueInDays));
        const isDone = !isLatest && !(index === 4 && position === 0);
        actionItems.push({
          organisationId: session.organisationId,
          coachingSessionId: session.id,
          description: action.description,
          ownerSide: action.owner,
          ownerId:
            action.owner === "STARTUP"
              ? team.founder.id
              : action.owner === "MENTOR"
                ? mentor.id
                : officerFor(context, seeded.programmeKey).id,
          dueOn,
          // Older sessions' actions are done, except one the start-up decided to drop.
          status: isDone ? "DONE" : index === 4 && position === 0 ? "DROPPED" : "OPEN",
          completedAt: isDone ? shiftDays(dueOn, -2) : null,
          createdAt: startsAt,
          updatedAt: isDone ? shiftDays(dueOn, -2) : startsAt,
        });
      }
    }
    if (!endedOn) {
      await createCoachingSession(db, {
        assignmentId: assignment.id,
        startsAt: upcomingHkt(
          2 + ((index * 3) % 12),
          SESSION_TIMES[index % SESSION_TIMES.length] ?? "10:00",
        ),
        durationMinutes: 60,
        mode: MODES[index % MODES.length] ?? "VIDEO",
        status: "SCHEDULED",
        topics: notes.at(-1)?.topics ?? ["COMMERCIALISATION"],
        createdAt: hkt("2026-11-18", "17:20"),
        updatedAt: hkt("2026-11-18", "17:20"),
      });
    }
  }
  await db.actionItem.createMany({ data: actionItems });
  return mentorsByEnrolment;
}
