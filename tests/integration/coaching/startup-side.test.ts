import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { completeActionItem } from "@/lib/actions/coaching/complete-action-item";
import { confirmSession } from "@/lib/actions/coaching/confirm-session";
import { listStartupCoaching } from "@/lib/data/coaching/list-startup-coaching";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import {
  createActionItem,
  createCoachingPrivateNote,
  createCoachingSession,
} from "../../factories/coaching";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { buildCohortWorld, cohortRowCounts } from "../cohort/cohort-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

async function loggedSession(assignmentId: string) {
  const session = await createCoachingSession(testDb(), {
    assignmentId,
    status: "LOGGED",
    startsAt: new Date(Date.now() - 86_400_000),
    sharedNotes: "Agreed the pre-IND question list.",
  });
  await createCoachingPrivateNote(testDb(), {
    coachingSessionId: session.id,
    notes: "Founder is out of runway in nine months.",
    assessmentRating: 2,
  });
  return session;
}

describe("confirmSession", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("confirms a logged session and tells the mentor", async () => {
    const world = await buildCohortWorld();
    const session = await loggedSession(world.assignment.id);
    auth.user = await sessionUserFor(world.coFounder.user.id);
    const result = await confirmSession({
      organisation: world.pokfulam.slug,
      sessionId: session.id,
    });
    expect(result.serverError).toBeUndefined();
    const confirmed = await testDb().coachingSession.findUniqueOrThrow({
      where: { id: session.id },
    });
    expect(confirmed.status).toBe("CONFIRMED");
    expect(confirmed.confirmedAt).not.toBeNull();
    const notice = await testDb().notification.findFirstOrThrow({
      where: { userId: world.mentor.user.id },
    });
    expect(notice.link).toBe(`/${world.hkstp.slug}/mentoring/${world.enrolment.id}`);
    expect(await auditEventsOf("coaching.confirm", world.coFounder.user.id)).toHaveLength(1);
    expect(
      (await confirmSession({ organisation: world.pokfulam.slug, sessionId: session.id }))
        .serverError,
    ).toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a scheduled session, and another start-up's session with 404", async () => {
    const world = await buildCohortWorld();
    const scheduled = await createCoachingSession(testDb(), {
      assignmentId: world.assignment.id,
      status: "SCHEDULED",
    });
    const theirs = await loggedSession(world.otherAssignment.id);
    auth.user = await sessionUserFor(world.founder.user.id);
    const before = await cohortRowCounts();
    expect(
      (await confirmSession({ organisation: world.pokfulam.slug, sessionId: scheduled.id }))
        .serverError,
    ).toMatchObject({ code: "CONFLICT" });
    expect(
      (await confirmSession({ organisation: world.pokfulam.slug, sessionId: theirs.id }))
        .serverError,
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await cohortRowCounts()).toEqual(before);
  });
});

describe("completeActionItem", () => {
  it("lets the founder tick off and reopen the start-up's item, and tells the mentor", async () => {
    const world = await buildCohortWorld();
    const session = await loggedSession(world.assignment.id);
    const item = await createActionItem(testDb(), { coachingSessionId: session.id });
    auth.user = await sessionUserFor(world.founder.user.id);
    const done = await completeActionItem({
      organisation: world.pokfulam.slug,
      actionItemId: item.id,
      isDone: true,
    });
    expect(done.serverError).toBeUndefined();
    let row = await testDb().actionItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.status).toBe("DONE");
    expect(row.completedAt).not.toBeNull();
    expect(await testDb().notification.count({ where: { userId: world.mentor.user.id } })).toBe(1);
    await completeActionItem({
      organisation: world.pokfulam.slug,
      actionItemId: item.id,
      isDone: false,
    });
    row = await testDb().actionItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(row).toMatchObject({ status: "OPEN", completedAt: null });
    expect(await auditEventsOf("action_item.reopen", world.founder.user.id)).toHaveLength(1);
  });

  it("lets the mentor tick their own items only; the founder cannot tick the mentor's", async () => {
    const world = await buildCohortWorld();
    const session = await loggedSession(world.assignment.id);
    const mentorItem = await createActionItem(testDb(), {
      coachingSessionId: session.id,
      ownerSide: "MENTOR",
    });
    const startupItem = await createActionItem(testDb(), { coachingSessionId: session.id });
    auth.user = await sessionUserFor(world.founder.user.id);
    expect(
      (
        await completeActionItem({
          organisation: world.pokfulam.slug,
          actionItemId: mentorItem.id,
          isDone: true,
        })
      ).serverError,
    ).toMatchObject({ code: "NOT_FOUND" });
    auth.user = await sessionUserFor(world.mentor.user.id);
    expect(
      (
        await completeActionItem({
          organisation: world.hkstp.slug,
          actionItemId: startupItem.id,
          isDone: true,
        })
      ).serverError,
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(
      (
        await completeActionItem({
          organisation: world.hkstp.slug,
          actionItemId: mentorItem.id,
          isDone: true,
        })
      ).serverError,
    ).toBeUndefined();
    // The other mentor has no business with Pok Fu Lam's items.
    auth.user = await sessionUserFor(world.otherMentor.user.id);
    expect(
      (
        await completeActionItem({
          organisation: world.hkstp.slug,
          actionItemId: mentorItem.id,
          isDone: false,
        })
      ).serverError,
    ).toMatchObject({ code: "NOT_FOUND" });
    const rows = await testDb().actionItem.findMany({
      where: { id: { in: [mentorItem.id, startupItem.id] } },
      select: { id: true, status: true },
    });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({
      [mentorItem.id]: "DONE",
      [startupItem.id]: "OPEN",
    });
  });

  it("answers another start-up with 404", async () => {
    const world = await buildCohortWorld();
    const session = await loggedSession(world.assignment.id);
    const item = await createActionItem(testDb(), { coachingSessionId: session.id });
    auth.user = await sessionUserFor(world.lionRockFounder.user.id);
    const before = await cohortRowCounts();
    const result = await completeActionItem({
      organisation: world.lionRock.slug,
      actionItemId: item.id,
      isDone: true,
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await cohortRowCounts()).toEqual(before);
  });
});

describe("listStartupCoaching", () => {
  it("gives the start-up its sessions and items, never the private notes or the assessment", async () => {
    const world = await buildCohortWorld();
    const session = await loggedSession(world.assignment.id);
    await createActionItem(testDb(), { coachingSessionId: session.id });
    await loggedSession(world.otherAssignment.id);
    const coaching = await runWithTenant(
      { userId: world.founder.user.id, organisationId: world.pokfulam.id },
      () => listStartupCoaching(world.pokfulam.id),
    );
    expect(coaching.toConfirm.map((s) => s.id)).toEqual([session.id]);
    expect(coaching.openActionItems).toHaveLength(1);
    expect(coaching.mentors.map((m) => m.mentor.name)).toEqual(["Dr Winnie Lam"]);
    const serialised = JSON.stringify(coaching);
    expect(serialised).not.toContain("runway");
    expect(serialised).not.toContain("assessment");
    expect(serialised).not.toContain("privateNote");
  });
});
