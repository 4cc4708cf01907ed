// The reviewer's queue in cursor pages (status, due date with ties and none, id) and its
// figures; the officer's CSV of every review assignment with status, due date and overdue.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { GET } from "@/app/api/[org]/reviews/export/route";
import {
  countReviewerQueue,
  listReviewerQueue,
  listReviewerQueuePage,
} from "@/lib/data/reviews/list-reviewer-queue";
import type { ReviewerAssignmentStatus } from "@/lib/generated/prisma/enums";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createApplication } from "../../factories/applications";
import { createCall } from "../../factories/calls";
import { createOperator } from "../../factories/organisations";
import { createReviewerAssignment } from "../../factories/reviews";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { sessionUserFor } from "../members/session-user";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));

const DAY = 86_400_000;

async function queueWorld() {
  const db = testDb();
  const hkstp = await createOperator(db);
  const officer = await createMember(db, { organisationId: hkstp.id, role: "PROGRAMME_OFFICER" });
  const mentor = await createMember(db, { organisationId: hkstp.id, role: "MENTOR" });
  const call = await createCall(db, { organisationId: hkstp.id });
  const now = Date.now();
  const sameDue = new Date(now + 3 * DAY);
  // Ties on the due date, no due date, an overdue one, and each later status.
  const plan: { status: ReviewerAssignmentStatus; dueAt: Date | null }[] = [
    { status: "ASSIGNED", dueAt: sameDue },
    { status: "ASSIGNED", dueAt: sameDue },
    { status: "ASSIGNED", dueAt: sameDue },
    { status: "ASSIGNED", dueAt: null },
    { status: "ASSIGNED", dueAt: null },
    { status: "ASSIGNED", dueAt: new Date(now - 2 * DAY) },
    { status: "CONFLICTED", dueAt: sameDue },
    { status: "SUBMITTED", dueAt: null },
    { status: "SUBMITTED", dueAt: new Date(now - 5 * DAY) },
    { status: "REMOVED", dueAt: sameDue },
  ];
  for (const [index, item] of plan.entries()) {
    const application = await createApplication(db, {
      organisationId: hkstp.id,
      callId: call.id,
      status: "IN_REVIEW",
      reference: `RV-${index}`,
    });
    await createReviewerAssignment(db, {
      applicationId: application.id,
      organisationId: hkstp.id,
      reviewerId: mentor.user.id,
      ...item,
    });
  }
  // Another reviewer's assignment, not in the mentor's queue but in the officer's export.
  await createReviewerAssignment(db, {
    organisationId: hkstp.id,
    applicationId: (
      await createApplication(db, {
        organisationId: hkstp.id,
        callId: call.id,
        status: "IN_REVIEW",
      })
    ).id,
    dueAt: new Date(now - DAY),
  });
  return { hkstp, officer, mentor, call };
}

type World = Awaited<ReturnType<typeof queueWorld>>;

const asMentor = <T>(world: World, fn: () => Promise<T>) =>
  runWithTenant({ userId: world.mentor.user.id, organisationId: world.hkstp.id }, fn);

describe("the reviewer's queue in pages", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("pages through the queue in its order, with ties and missing due dates, never skipping or repeating", async () => {
    const world = await queueWorld();
    const reviewer = { userId: world.mentor.user.id, organisation: world.hkstp };
    const whole = await asMentor(world, () => listReviewerQueue(reviewer));
    expect(whole).toHaveLength(9); // the removed one is left out
    for (const size of [1, 2, 4]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let guard = 0; guard < 20; guard++) {
        const page = await asMentor(world, () => listReviewerQueuePage(reviewer, { cursor, size }));
        expect(page.items.length).toBeLessThanOrEqual(size);
        seen.push(...page.items.map((item) => item.id));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      expect(seen).toEqual(whole.map((item) => item.id));
    }
    expect(whole.map((item) => item.status)).toEqual([
      "ASSIGNED",
      "ASSIGNED",
      "ASSIGNED",
      "ASSIGNED",
      "ASSIGNED",
      "ASSIGNED",
      "CONFLICTED",
      "SUBMITTED",
      "SUBMITTED",
    ]);
  });

  it("counts open and overdue assignments as the database holds them", async () => {
    const world = await queueWorld();
    const reviewer = { userId: world.mentor.user.id, organisation: world.hkstp };
    const counts = await asMentor(world, () => countReviewerQueue(reviewer));
    const open = await testDb().reviewerAssignment.count({
      where: { reviewerId: world.mentor.user.id, status: "ASSIGNED" },
    });
    expect(counts).toEqual({ total: 9, open, overdue: 1 });
    expect(open).toBe(6);
  });
});

describe("the review assignments export", () => {
  beforeEach(() => {
    auth.user = null;
  });

  const get = (org: string, query = "") =>
    GET(new Request(`http://localhost/api/${org}/reviews/export${query}`), {
      params: Promise.resolve({ org }),
    });

  it("gives an officer every assignment with status, due date and overdue, filtered like the form", async () => {
    const world = await queueWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const response = await get(world.hkstp.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/review-assignments-/);
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter((line) => line !== "");
    expect(lines[0]).toBe(
      "Reference,Start-up,Project,Call,Reviewer,Reviewer email,Assignment status,Assigned on,Due on,Overdue,Possible conflict,Review submitted on,Recommendation",
    );
    expect(lines).toHaveLength(1 + 10); // nine of the mentor's (not the removed one) and one other
    const overdueRows = lines.slice(1).filter((line) => line.includes(",Yes,"));
    expect(overdueRows).toHaveLength(2);

    const overdueOnly = (await (await get(world.hkstp.slug, "?overdue=1")).text())
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter((line) => line !== "");
    expect(overdueOnly).toHaveLength(1 + 2);
    expect(overdueOnly.slice(1).every((line) => line.includes("To review"))).toBe(true);

    const submitted = (await (await get(world.hkstp.slug, "?status=SUBMITTED")).text())
      .split("\r\n")
      .filter((line) => line !== "");
    expect(submitted).toHaveLength(1 + 2);

    const events = await testDb().auditEvent.count({
      where: { action: "reviews.export", actorId: world.officer.user.id },
    });
    expect(events).toBe(3);
  });

  it("is 404 for a mentor, another operator's officer and no session", async () => {
    const world = await queueWorld();
    const other = await createOperator(testDb());
    const otherOfficer = await createMember(testDb(), {
      organisationId: other.id,
      role: "PROGRAMME_OFFICER",
    });
    auth.user = await sessionUserFor(world.mentor.user.id);
    expect((await get(world.hkstp.slug)).status).toBe(404);
    auth.user = await sessionUserFor(otherOfficer.user.id);
    expect((await get(world.hkstp.slug)).status).toBe(404);
    auth.user = null;
    expect((await get(world.hkstp.slug)).status).toBe(404);
    const actors = [world.mentor.user.id, otherOfficer.user.id];
    expect(
      await testDb().auditEvent.count({
        where: { action: "reviews.export", actorId: { in: actors } },
      }),
    ).toBe(0);
    expect(
      await testDb().auditEvent.count({
        where: { action: "access.denied", actorId: { in: actors } },
      }),
    ).toBe(2);
  });
});
