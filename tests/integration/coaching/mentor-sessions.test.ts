import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { cancelSession } from "@/lib/actions/coaching/cancel-session";
import { logSession } from "@/lib/actions/coaching/log-session";
import { scheduleSession } from "@/lib/actions/coaching/schedule-session";
import { getMentorEnrolment } from "@/lib/data/coaching/get-mentor-enrolment";
import { getMentorSession } from "@/lib/data/coaching/get-mentor-session";
import { listMentorStartups } from "@/lib/data/coaching/list-mentor-startups";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createCoachingPrivateNote, createCoachingSession } from "../../factories/coaching";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { buildCohortWorld, cohortRowCounts, hongKongDate } from "../cohort/cohort-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const logInput = (world: Awaited<ReturnType<typeof buildCohortWorld>>) => ({
  organisation: world.hkstp.slug,
  enrolmentId: world.enrolment.id,
  date: hongKongDate(-1),
  time: "14:30",
  durationMinutes: 90,
  mode: "IN_PERSON" as const,
  topics: ["MANUFACTURING" as const, "REGULATORY" as const],
  sharedNotes: "Walked through the CMC gap analysis; agreed the pre-IND question list.",
  privateNotes: "CEO is stretched; CMC budget looks thin for the comparability work.",
  assessmentRating: 3,
  assessmentComment: "On plan, CMC budget thin.",
  actionItems: [
    {
      description: "Send the CDMO shortlist to the mentor",
      ownerSide: "STARTUP" as const,
      ownerId: world.founder.user.id,
      dueOn: hongKongDate(13),
    },
    { description: "Introduce the QP at the Suzhou CDMO", ownerSide: "MENTOR" as const, dueOn: "" },
  ],
});

describe("logSession", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("writes up a session: shared notes on the session, private part apart, action items, founders asked to confirm", async () => {
    const world = await buildCohortWorld();
    auth.user = await sessionUserFor(world.mentor.user.id);
    const result = await logSession(logInput(world));
    expect(result.serverError).toBeUndefined();
    expect(result.validationErrors).toBeUndefined();
    const sessionId = result.data!.sessionId;
    const session = await testDb().coachingSession.findUniqueOrThrow({
      where: { id: sessionId },
      include: { privateNote: true, actionItems: { orderBy: { description: "asc" } } },
    });
    expect(session).toMatchObject({
      organisationId: world.hkstp.id,
      enrolmentId: world.enrolment.id,
      assignmentId: world.assignment.id,
      mentorId: world.mentor.user.id,
      status: "LOGGED",
      durationMinutes: 90,
      mode: "IN_PERSON",
      topics: ["MANUFACTURING", "REGULATORY"],
      startsAt: new Date(`${hongKongDate(-1)}T06:30:00.000Z`),
    });
    expect(session.privateNote).toMatchObject({
      organisationId: world.hkstp.id,
      notes: "CEO is stretched; CMC budget looks thin for the comparability work.",
      assessmentRating: 3,
      assessmentComment: "On plan, CMC budget thin.",
    });
    expect(
      session.actionItems.map(({ description, ownerSide, ownerId, dueOn, status }) => ({
        description,
        ownerSide,
        ownerId,
        dueOn,
        status,
      })),
    ).toEqual([
      {
        description: "Introduce the QP at the Suzhou CDMO",
        ownerSide: "MENTOR",
        ownerId: world.mentor.user.id,
        dueOn: null,
        status: "OPEN",
      },
      {
        description: "Send the CDMO shortlist to the mentor",
        ownerSide: "STARTUP",
        ownerId: world.founder.user.id,
        dueOn: new Date(`${hongKongDate(13)}T00:00:00.000Z`),
        status: "OPEN",
      },
    ]);
    const notice = await testDb().notification.findFirstOrThrow({
      where: { userId: world.founder.user.id },
    });
    expect(notice.link).toBe(`/${world.pokfulam.slug}/coaching#session-${sessionId}`);
    expect(await auditEventsOf("coaching.log", world.mentor.user.id)).toHaveLength(1);
  });

  it("writes up a scheduled session in place, once", async () => {
    const world = await buildCohortWorld();
    const scheduled = await createCoachingSession(testDb(), {
      assignmentId: world.assignment.id,
      status: "SCHEDULED",
      startsAt: new Date(Date.now() - 86_400_000),
    });
    auth.user = await sessionUserFor(world.mentor.user.id);
    const input = { ...logInput(world), sessionId: scheduled.id, actionItems: [] };
    const result = await logSession(input);
    expect(result.data?.sessionId).toBe(scheduled.id);
    expect(
      await testDb().coachingSession.count({ where: { enrolmentId: world.enrolment.id } }),
    ).toBe(1);
    expect((await logSession(input)).serverError).toMatchObject({ code: "CONFLICT" });
  });

  it("refuses an action item owner from outside the start-up, a time still to come, and a missing assessment", async () => {
    const world = await buildCohortWorld();
    auth.user = await sessionUserFor(world.mentor.user.id);
    const before = await cohortRowCounts();
    const stranger = await logSession({
      ...logInput(world),
      actionItems: [
        {
          description: "Someone else's founder",
          ownerSide: "STARTUP",
          ownerId: world.lionRockFounder.user.id,
          dueOn: "",
        },
      ],
    });
    expect(stranger.serverError).toMatchObject({ code: "INVALID" });
    const future = await logSession({ ...logInput(world), date: hongKongDate(2) });
    expect(future.serverError).toMatchObject({ code: "INVALID" });
    const unrated = await logSession({ ...logInput(world), assessmentRating: 0 });
    expect(unrated.validationErrors).toBeDefined();
    expect(await cohortRowCounts()).toEqual(before);
  });

  it("a mentor cannot log for a start-up not assigned to them, nor after the assignment ended (404, nothing changes)", async () => {
    const world = await buildCohortWorld();
    auth.user = await sessionUserFor(world.mentor.user.id);
    const before = await cohortRowCounts();
    const unassigned = await logSession({
      ...logInput(world),
      enrolmentId: world.otherEnrolment.id,
      actionItems: [],
    });
    expect(unassigned.serverError).toEqual({
      code: "NOT_FOUND",
      message: "That start-up does not exist or is not assigned to you.",
    });
    const scheduleUnassigned = await scheduleSession({
      organisation: world.hkstp.slug,
      enrolmentId: world.otherEnrolment.id,
      date: hongKongDate(3),
      time: "10:00",
      durationMinutes: 60,
      mode: "VIDEO",
      topics: ["IP"],
      agenda: "",
    });
    expect(scheduleUnassigned.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await cohortRowCounts()).toEqual(before);

    await testDb().mentorAssignment.update({
      where: { id: world.assignment.id },
      data: { status: "ENDED" },
    });
    const ended = await logSession({ ...logInput(world), actionItems: [] });
    expect(ended.serverError).toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers another operator's mentor with 404 and changes nothing", async () => {
    const world = await buildCohortWorld();
    auth.user = await sessionUserFor(world.foreignMentor.user.id);
    const before = await cohortRowCounts();
    const result = await logSession({ ...logInput(world), organisation: world.cuhk.slug });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await cohortRowCounts()).toEqual(before);
  });
});

describe("scheduleSession and cancelSession", () => {
  it("schedules in Hong Kong time, tells the founders, and cancels", async () => {
    const world = await buildCohortWorld();
    auth.user = await sessionUserFor(world.mentor.user.id);
    const date = hongKongDate(5);
    const result = await scheduleSession({
      organisation: world.hkstp.slug,
      enrolmentId: world.enrolment.id,
      date,
      time: "09:30",
      durationMinutes: 60,
      mode: "VIDEO",
      topics: ["FUNDRAISING"],
      agenda: "Series A data room: what investors will ask for.",
    });
    expect(result.serverError).toBeUndefined();
    const session = await testDb().coachingSession.findUniqueOrThrow({
      where: { id: result.data!.sessionId },
    });
    expect(session).toMatchObject({
      status: "SCHEDULED",
      startsAt: new Date(`${date}T01:30:00.000Z`),
      sharedNotes: "Series A data room: what investors will ask for.",
    });
    expect(await testDb().notification.count({ where: { userId: world.coFounder.user.id } })).toBe(
      1,
    );

    const past = await scheduleSession({
      organisation: world.hkstp.slug,
      enrolmentId: world.enrolment.id,
      date: hongKongDate(-2),
      time: "09:30",
      durationMinutes: 60,
      mode: "VIDEO",
      topics: ["FUNDRAISING"],
      agenda: "",
    });
    expect(past.serverError).toMatchObject({ code: "INVALID" });

    const cancelled = await cancelSession({
      organisation: world.hkstp.slug,
      sessionId: session.id,
    });
    expect(cancelled.serverError).toBeUndefined();
    expect(
      (await testDb().coachingSession.findUniqueOrThrow({ where: { id: session.id } })).status,
    ).toBe("CANCELLED");
    expect(
      (await cancelSession({ organisation: world.hkstp.slug, sessionId: session.id })).serverError,
    ).toMatchObject({ code: "CONFLICT" });
    expect(await auditEventsOf("coaching.cancel", world.mentor.user.id)).toHaveLength(1);
  });

  it("does not let one mentor cancel another mentor's session", async () => {
    const world = await buildCohortWorld();
    const theirs = await createCoachingSession(testDb(), {
      assignmentId: world.otherAssignment.id,
      status: "SCHEDULED",
    });
    auth.user = await sessionUserFor(world.mentor.user.id);
    const result = await cancelSession({ organisation: world.hkstp.slug, sessionId: theirs.id });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(
      (await testDb().coachingSession.findUniqueOrThrow({ where: { id: theirs.id } })).status,
    ).toBe("SCHEDULED");
  });
});

describe("what a mentor can read", () => {
  it("a mentor cannot read an unassigned start-up: not on their desk, no page, no session", async () => {
    const world = await buildCohortWorld();
    const theirs = await createCoachingSession(testDb(), {
      assignmentId: world.otherAssignment.id,
      status: "LOGGED",
      startsAt: new Date(Date.now() - 86_400_000),
    });
    const asMentor = <T>(fn: () => Promise<T>) =>
      runWithTenant({ userId: world.mentor.user.id, organisationId: world.hkstp.id }, fn);

    const desk = await asMentor(() => listMentorStartups(world.hkstp.id, world.mentor.user.id));
    expect(desk.startups.map((startup) => startup.enrolmentId)).toEqual([world.enrolment.id]);
    expect(desk.awaitingConfirmation).toEqual([]);

    expect(
      await asMentor(() =>
        getMentorEnrolment(world.hkstp.id, world.mentor.user.id, world.otherEnrolment.id),
      ),
    ).toBeNull();
    expect(
      await asMentor(() => getMentorSession(world.hkstp.id, world.mentor.user.id, theirs.id)),
    ).toBeNull();
    // Another tenant's enrolment, even named directly.
    expect(
      await asMentor(() =>
        getMentorEnrolment(world.hkstp.id, world.mentor.user.id, world.foreignEnrolment.id),
      ),
    ).toBeNull();
  });

  it("shows the mentor their own private notes, never a co-mentor's", async () => {
    const world = await buildCohortWorld();
    const coMentorAssignment = await testDb().mentorAssignment.create({
      data: {
        organisationId: world.hkstp.id,
        enrolmentId: world.enrolment.id,
        mentorId: world.idleMentor.user.id,
        startsOn: new Date(),
      },
    });
    const own = await createCoachingSession(testDb(), {
      assignmentId: world.assignment.id,
      status: "LOGGED",
      startsAt: new Date(Date.now() - 2 * 86_400_000),
    });
    await createCoachingPrivateNote(testDb(), { coachingSessionId: own.id, notes: "mine" });
    const coMentors = await createCoachingSession(testDb(), {
      assignmentId: coMentorAssignment.id,
      status: "LOGGED",
      startsAt: new Date(Date.now() - 86_400_000),
    });
    await createCoachingPrivateNote(testDb(), { coachingSessionId: coMentors.id, notes: "theirs" });
    const view = await runWithTenant(
      { userId: world.mentor.user.id, organisationId: world.hkstp.id },
      () => getMentorEnrolment(world.hkstp.id, world.mentor.user.id, world.enrolment.id),
    );
    const byId = new Map(view!.sessions.items.map((session) => [session.id, session]));
    expect(byId.get(own.id)?.privateNote?.notes).toBe("mine");
    expect(byId.get(coMentors.id)?.privateNote).toBeNull();
    expect(view!.members.map((member) => member.id).sort()).toEqual(
      [world.founder.user.id, world.coFounder.user.id].sort(),
    );
  });
});
