import { describe, expect, it } from "vitest";
import { downloadCalendar, recordCalendarDenial } from "@/lib/data/coaching/calendar-download";
import { createCoachingPrivateNote, createCoachingSession } from "../../factories/coaching";
import { testDb } from "../../setup/test-database";
import { sessionUserFor } from "../members/session-user";
import { buildCohortWorld } from "../cohort/cohort-world";

const ORIGIN = "https://incubase.example";

async function worldWithSessions() {
  const world = await buildCohortWorld();
  const scheduled = await createCoachingSession(testDb(), {
    assignmentId: world.assignment.id,
    status: "SCHEDULED",
    startsAt: new Date("2099-03-04T06:30:00Z"),
    durationMinutes: 90,
    topics: ["REGULATORY", "MANUFACTURING"],
    sharedNotes: "CMC section; bring the batch records, please",
  });
  await createCoachingPrivateNote(testDb(), {
    coachingSessionId: scheduled.id,
    notes: "Runway worry: keep this off any calendar.",
  });
  const theirs = await createCoachingSession(testDb(), {
    assignmentId: world.otherAssignment.id,
    status: "SCHEDULED",
    startsAt: new Date("2099-03-05T02:00:00Z"),
  });
  return { world, scheduled, theirs };
}

const attemptDownload = async (input: Parameters<typeof downloadCalendar>[0]) => {
  try {
    return { file: await downloadCalendar(input), code: null };
  } catch (error) {
    await recordCalendarDenial(error, input.user, { ipAddress: null, userAgent: "vitest" });
    return { file: null, code: (error as { code?: string }).code ?? "THROWN" };
  }
};

describe("coaching calendar files", () => {
  it("gives the mentor and the founders the session in Hong Kong time, escaped, without private notes", async () => {
    const { world, scheduled } = await worldWithSessions();
    for (const [person, slug] of [
      [world.mentor, world.hkstp.slug],
      [world.founder, world.pokfulam.slug],
    ] as const) {
      const { file } = await attemptDownload({
        user: await sessionUserFor(person.user.id),
        organisationSlug: slug,
        sessionId: scheduled.id,
        origin: ORIGIN,
      });
      const body = file!.body.replace(/\r\n /g, "");
      expect(file!.filename).toBe("coaching-2099-03-04.ics");
      expect(body).toContain("DTSTART;TZID=Asia/Hong_Kong:20990304T143000\r\n");
      expect(body).toContain("DTEND;TZID=Asia/Hong_Kong:20990304T160000\r\n");
      expect(body).toContain(`UID:coaching-session-${scheduled.id}@incubase`);
      expect(body).toContain("Agenda: CMC section\\; bring the batch records\\, please");
      expect(body).not.toContain("Runway");
    }
  });

  it("answers 404 to everyone who is not a party, and 401 without a session, leaving denial events", async () => {
    const { world, scheduled, theirs } = await worldWithSessions();
    const cases = [
      // The programme officer is not a party to a mentor's session.
      [world.officer, world.hkstp.slug, scheduled.id],
      // Another mentor of the same operator.
      [world.otherMentor, world.hkstp.slug, scheduled.id],
      // Another start-up of the same cohort.
      [world.lionRockFounder, world.lionRock.slug, scheduled.id],
      // The founder naming a session of another start-up.
      [world.founder, world.pokfulam.slug, theirs.id],
      // Another operator's mentor, in their own organisation or naming HKSTP.
      [world.foreignMentor, world.cuhk.slug, scheduled.id],
      [world.foreignMentor, world.hkstp.slug, scheduled.id],
    ] as const;
    for (const [person, slug, sessionId] of cases) {
      const result = await attemptDownload({
        user: await sessionUserFor(person.user.id),
        organisationSlug: slug,
        sessionId,
        origin: ORIGIN,
      });
      expect({ slug, code: result.code }).toEqual({ slug, code: "NOT_FOUND" });
      expect(
        await testDb().auditEvent.count({
          where: { actorId: person.user.id, action: "access.denied" },
        }),
      ).toBeGreaterThan(0);
    }
    const anonymous = await attemptDownload({
      user: null,
      organisationSlug: world.hkstp.slug,
      sessionId: scheduled.id,
      origin: ORIGIN,
    });
    expect(anonymous.code).toBe("UNAUTHENTICATED");
  });

  it("exports all the party's upcoming sessions, and nothing for a role without a calendar", async () => {
    const { world, scheduled, theirs } = await worldWithSessions();
    await createCoachingSession(testDb(), {
      assignmentId: world.assignment.id,
      status: "CANCELLED",
      startsAt: new Date("2099-04-01T02:00:00Z"),
    });
    const mentor = await attemptDownload({
      user: await sessionUserFor(world.mentor.user.id),
      organisationSlug: world.hkstp.slug,
      origin: ORIGIN,
    });
    const events = mentor.file!.body.match(/BEGIN:VEVENT/g) ?? [];
    expect(events).toHaveLength(1);
    expect(mentor.file!.body).toContain(scheduled.id);
    expect(mentor.file!.body).not.toContain(theirs.id);

    const founder = await attemptDownload({
      user: await sessionUserFor(world.founder.user.id),
      organisationSlug: world.pokfulam.slug,
      origin: ORIGIN,
    });
    expect(founder.file!.body).toContain(scheduled.id);
    expect(founder.file!.body).not.toContain(theirs.id);

    const officer = await attemptDownload({
      user: await sessionUserFor(world.officer.user.id),
      organisationSlug: world.hkstp.slug,
      origin: ORIGIN,
    });
    expect(officer.code).toBe("NOT_FOUND");
  });
});
