import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { GET as exportCoaching } from "@/app/api/[org]/coaching/export/route";
import { getMentorEnrolment } from "@/lib/data/coaching/get-mentor-enrolment";
import { DESK_LIST_SIZE, listMentorStartups } from "@/lib/data/coaching/list-mentor-startups";
import { listStartupCoaching } from "@/lib/data/coaching/list-startup-coaching";
import { getOfficerEnrolment } from "@/lib/data/cohort/get-officer-enrolment";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import {
  createActionItem,
  createCoachingPrivateNote,
  createCoachingSession,
  createMentorAssignment,
} from "../../factories/coaching";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { buildCohortWorld, type CohortWorld } from "../cohort/cohort-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));

beforeEach(() => {
  auth.user = null;
});

const HOUR = 3600_000;

/** `count` sessions of the assignment, all starting at the same instant (ties on the sort key). */
async function sameTimeSessions(assignmentId: string, count: number, startsAt: Date) {
  for (let index = 0; index < count; index += 1) {
    await createCoachingSession(testDb(), { assignmentId, status: "CONFIRMED", startsAt });
  }
}

async function expectedSessionOrder(where: object) {
  const rows = await testDb().coachingSession.findMany({
    where,
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

const asMentor = <T>(world: CohortWorld, fn: () => Promise<T>) =>
  runWithTenant({ userId: world.mentor.user.id, organisationId: world.hkstp.id }, fn);

describe("an enrolment's sessions, a page at a time", () => {
  it("the mentor pages through every session once, newest first, seeing only their own private notes", async () => {
    const world = await buildCohortWorld();
    const heldAt = new Date(Date.now() - 5 * 86_400_000);
    await sameTimeSessions(world.assignment.id, PAGE_SIZE + 2, heldAt);
    const coMentor = await createMentorAssignment(testDb(), {
      organisationId: world.hkstp.id,
      enrolmentId: world.enrolment.id,
      mentorId: world.otherMentor.user.id,
    });
    const theirs = await createCoachingSession(testDb(), {
      assignmentId: coMentor.id,
      status: "LOGGED",
      startsAt: new Date(Date.now() - HOUR),
    });
    await createCoachingPrivateNote(testDb(), { coachingSessionId: theirs.id, notes: "theirs" });
    const mine = await createCoachingSession(testDb(), {
      assignmentId: world.assignment.id,
      status: "LOGGED",
      startsAt: new Date(Date.now() - 2 * HOUR),
    });
    await createCoachingPrivateNote(testDb(), { coachingSessionId: mine.id, notes: "mine" });

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const view = await asMentor(world, () =>
        getMentorEnrolment(world.hkstp.id, world.mentor.user.id, world.enrolment.id, {
          sessionCursor: cursor,
        }),
      );
      expect(view!.sessions.total).toBe(PAGE_SIZE + 4);
      for (const session of view!.sessions.items) {
        seen.push(session.id);
        if (session.id === theirs.id) expect(session.privateNote).toBeNull();
        if (session.id === mine.id) expect(session.privateNote?.notes).toBe("mine");
      }
      cursor = view!.sessions.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 5);
    expect(pages).toBe(2);
    expect(seen).toEqual(await expectedSessionOrder({ enrolmentId: world.enrolment.id }));
    expect(seen.slice(0, 2)).toEqual([theirs.id, mine.id]);

    const officer = await runWithTenant(
      { userId: world.officer.user.id, organisationId: world.hkstp.id },
      () => getOfficerEnrolment(world.hkstp.id, world.enrolment.id),
    );
    expect(officer!.sessions.items).toHaveLength(PAGE_SIZE);
    expect(officer!.sessions.items[0]?.privateNote?.notes).toBe("theirs");
    expect(officer!.sessions.nextCursor).not.toBeNull();
  });
});

describe("the mentor's desk", () => {
  it("counts every list in SQL and shows at most a few rows of each", async () => {
    const world = await buildCohortWorld();
    const now = new Date();
    const assignment = world.assignment.id;
    for (let index = 0; index < DESK_LIST_SIZE + 2; index += 1) {
      await createCoachingSession(testDb(), {
        assignmentId: assignment,
        status: "SCHEDULED",
        startsAt: new Date(now.getTime() - (index + 1) * HOUR),
      });
    }
    const upcoming = await createCoachingSession(testDb(), {
      assignmentId: assignment,
      status: "SCHEDULED",
      startsAt: new Date(now.getTime() + 2 * 86_400_000),
    });
    const logged = await createCoachingSession(testDb(), {
      assignmentId: assignment,
      status: "LOGGED",
      startsAt: new Date(now.getTime() - 3 * 86_400_000),
    });
    await createActionItem(testDb(), { coachingSessionId: logged.id, ownerSide: "MENTOR" });
    await createActionItem(testDb(), { coachingSessionId: logged.id, status: "DONE" });
    // Another mentor's session on another start-up is not on this desk.
    await createCoachingSession(testDb(), {
      assignmentId: world.otherAssignment.id,
      status: "SCHEDULED",
      startsAt: new Date(now.getTime() - HOUR),
    });

    const desk = await asMentor(world, () =>
      listMentorStartups(world.hkstp.id, world.mentor.user.id, { now }),
    );
    expect(desk.toLogCount).toBe(DESK_LIST_SIZE + 2);
    expect(desk.toLog).toHaveLength(DESK_LIST_SIZE);
    expect(desk.upcoming.map((session) => session.id)).toEqual([upcoming.id]);
    expect(desk.awaitingConfirmation.map((session) => session.id)).toEqual([logged.id]);
    expect(desk.actionItemCount).toBe(1);
    expect(desk.startupCount).toBe(1);
    expect(desk.startups).toEqual([
      expect.objectContaining({
        enrolmentId: world.enrolment.id,
        lastSessionAt: logged.startsAt,
        nextSessionAt: upcoming.startsAt,
        openActionItemCount: 1,
      }),
    ]);
    expect(desk.startupsNextCursor).toBeNull();
  });
});

describe("the start-up's coaching page", () => {
  it("pages through past sessions and counts every list, never reading private notes", async () => {
    const world = await buildCohortWorld();
    await sameTimeSessions(world.assignment.id, PAGE_SIZE + 1, new Date(Date.now() - 86_400_000));
    const logged = await createCoachingSession(testDb(), {
      assignmentId: world.assignment.id,
      status: "LOGGED",
      startsAt: new Date(Date.now() - HOUR),
    });
    await createCoachingPrivateNote(testDb(), { coachingSessionId: logged.id, notes: "runway" });
    await createActionItem(testDb(), { coachingSessionId: logged.id });
    const asFounder = <T>(fn: () => Promise<T>) =>
      runWithTenant({ userId: world.founder.user.id, organisationId: world.pokfulam.id }, fn);

    const first = await asFounder(() => listStartupCoaching(world.pokfulam.id));
    expect(first.pastCount).toBe(PAGE_SIZE + 1);
    expect(first.past).toHaveLength(PAGE_SIZE);
    expect(first.toConfirmCount).toBe(1);
    expect(first.openActionItemCount).toBe(1);
    const second = await asFounder(() =>
      listStartupCoaching(world.pokfulam.id, { pastCursor: first.pastNextCursor! }),
    );
    expect(second.past).toHaveLength(1);
    expect(second.pastNextCursor).toBeNull();
    const seen = [...first.past, ...second.past].map((session) => session.id);
    expect(seen).toEqual(
      await expectedSessionOrder({ enrolmentId: world.enrolment.id, status: "CONFIRMED" }),
    );
    const serialised = JSON.stringify([first, second]);
    expect(serialised).not.toContain("runway");
    expect(serialised).not.toContain("privateNote");
  });
});

describe("GET /api/[org]/coaching/export", () => {
  it("gives the officer an enrolment's sessions without private notes or assessments", async () => {
    const world = await buildCohortWorld();
    const session = await createCoachingSession(testDb(), {
      assignmentId: world.assignment.id,
      status: "CONFIRMED",
      startsAt: new Date("2026-10-05T02:30:00Z"),
      sharedNotes: "Agreed the pre-IND question list.",
    });
    await createCoachingPrivateNote(testDb(), {
      coachingSessionId: session.id,
      notes: "Founder is out of runway",
      assessmentComment: "CMC budget thin",
    });
    await createActionItem(testDb(), { coachingSessionId: session.id });
    await createCoachingSession(testDb(), {
      assignmentId: world.otherAssignment.id,
      status: "CONFIRMED",
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const response = await exportCoaching(
      new Request(
        `http://localhost/api/${world.hkstp.slug}/coaching/export?enrolment=${world.enrolment.id}`,
      ),
      { params: Promise.resolve({ org: world.hkstp.slug }) },
    );
    expect(response.status).toBe(200);
    const text = await response.text();
    const lines = text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(
      "2026-10-05,10:30,Pok Fu Lam Cell Therapeutics,,Incu-Bio,Dr Winnie Lam,60,VIDEO,CONFIRMED,COMMERCIALISATION,Agreed the pre-IND question list.,,1",
    );
    expect(text).not.toContain("runway");
    expect(text).not.toContain("CMC budget");
    const [event] = await auditEventsOf("coaching.export", world.officer.user.id);
    expect(event).toMatchObject({ targetType: "Enrolment", targetId: world.enrolment.id });
  });

  it("answers 404 for another operator's enrolment, another operator's officer and a mentor", async () => {
    const world = await buildCohortWorld();
    const cases = [
      { userId: world.officer.user.id, query: `?enrolment=${world.foreignEnrolment.id}` },
      { userId: world.foreignOfficer.user.id, query: "" },
      { userId: world.mentor.user.id, query: "" },
    ];
    for (const { userId, query } of cases) {
      auth.user = await sessionUserFor(userId);
      const response = await exportCoaching(
        new Request(`http://localhost/api/${world.hkstp.slug}/coaching/export${query}`),
        { params: Promise.resolve({ org: world.hkstp.slug }) },
      );
      expect(response.status).toBe(404);
      expect(await auditEventsOf("access.denied", userId)).toHaveLength(1);
      expect(await auditEventsOf("coaching.export", userId)).toHaveLength(0);
    }
  });
});
