// Due dates and reminders: the daily job (as the owner, no tenant) and the officer's
// "remind now", both idempotent.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { remindReviewer } from "@/lib/actions/reviews/remind-reviewer";
import { disconnectReviewReminders, sendReviewReminders } from "@/lib/jobs/review-reminders";
import { createReviewerAssignment } from "../../factories/reviews";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { buildPartnerWorld } from "./partner-world";
import { buildReviewWorld } from "./review-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const HOUR = 60 * 60 * 1000;
afterAll(() => disconnectReviewReminders());
const noticesOf = (userId: string) =>
  testDb().notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

describe("sendReviewReminders", () => {
  it("reminds open reviews due within 48 hours or overdue, once a day, and is idempotent", async () => {
    // Each test file has its own database, but tests in it share one: use a fresh clock far
    // from the other tests' assignments.
    const now = new Date("2031-03-10T01:00:00Z");
    const world = await buildReviewWorld();
    const at = (hours: number) => new Date(now.getTime() + hours * HOUR);
    const dueSoon = await createReviewerAssignment(testDb(), {
      organisationId: world.hkstp.id,
      applicationId: world.application.id,
      reviewerId: world.mentor.user.id,
      dueAt: at(30),
    });
    const overdue = await createReviewerAssignment(testDb(), {
      organisationId: world.hkstp.id,
      applicationId: world.application.id,
      reviewerId: world.secondMentor.user.id,
      dueAt: at(-50),
      remindedAt: at(-25),
    });
    const remindedToday = await createReviewerAssignment(testDb(), {
      organisationId: world.hkstp.id,
      applicationId: world.application.id,
      reviewerId: world.officer.user.id,
      dueAt: at(10),
      remindedAt: at(-2),
    });
    const later = await createReviewerAssignment(testDb(), {
      organisationId: world.hkstp.id,
      applicationId: world.application.id,
      dueAt: at(24 * 7),
    });
    const submitted = await createReviewerAssignment(testDb(), {
      organisationId: world.hkstp.id,
      applicationId: world.application.id,
      dueAt: at(-5),
      status: "SUBMITTED",
    });

    expect(await sendReviewReminders(now)).toEqual({ reminded: 2 });
    expect(await sendReviewReminders(now)).toEqual({ reminded: 0 });
    expect(await sendReviewReminders(at(1))).toEqual({ reminded: 0 });

    const rows = await testDb().reviewerAssignment.findMany({
      where: { id: { in: [dueSoon.id, overdue.id, remindedToday.id, later.id, submitted.id] } },
      select: { id: true, remindedAt: true },
    });
    const remindedAt = new Map(rows.map((row) => [row.id, row.remindedAt]));
    expect(remindedAt.get(dueSoon.id)).toEqual(now);
    expect(remindedAt.get(overdue.id)).toEqual(now);
    expect(remindedAt.get(remindedToday.id)).toEqual(at(-2));
    expect(remindedAt.get(later.id)).toBeNull();
    expect(remindedAt.get(submitted.id)).toBeNull();

    const [soonNotice] = await noticesOf(world.mentor.user.id);
    expect(soonNotice).toMatchObject({
      kind: "REVIEW_ASSIGNED",
      organisationId: world.hkstp.id,
      link: `/${world.hkstp.slug}/reviews/${dueSoon.id}`,
      title: expect.stringContaining("Reminder: your review of"),
    });
    const [overdueNotice, ...more] = await noticesOf(world.secondMentor.user.id);
    expect(overdueNotice?.title).toMatch(/^Overdue: your review of/);
    expect(more).toEqual([]);
    expect(await noticesOf(world.officer.user.id)).toEqual([]);
    const events = await testDb().auditEvent.findMany({
      where: { action: "review.remind", organisationId: world.hkstp.id },
    });
    expect(events.map((event) => event.targetId).sort()).toEqual([dueSoon.id, overdue.id].sort());
    expect(events.every((event) => event.actorId === null)).toBe(true);

    // A day later the overdue and the still-open due-soon reviews are reminded again.
    expect(await sendReviewReminders(at(24))).toEqual({ reminded: 3 });
  });

  it("links a partner scientist's reminder to their partner queue", async () => {
    const now = new Date("2032-05-04T01:00:00Z");
    const world = await buildPartnerWorld();
    await testDb().reviewerAssignment.update({
      where: { id: world.azAssignment.id },
      data: { dueAt: new Date(now.getTime() - HOUR) },
    });
    // Only this world's assignment falls due then; the others are due in 14 days from today.
    const { reminded } = await sendReviewReminders(now);
    expect(reminded).toBeGreaterThanOrEqual(1);
    const [notice] = await noticesOf(world.azScientist.user.id);
    expect(notice?.link).toBe(`/${world.astrazeneca.slug}/reviews/${world.azAssignment.id}`);
  });
});

describe("remindReviewer (remind now)", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("notifies the reviewer, sets remindedAt and refuses a second reminder within the hour", async () => {
    const world = await buildReviewWorld();
    const assignment = await createReviewerAssignment(testDb(), {
      organisationId: world.hkstp.id,
      applicationId: world.application.id,
      reviewerId: world.mentor.user.id,
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const first = await remindReviewer({
      organisation: world.hkstp.slug,
      assignmentId: assignment.id,
    });
    expect(first.serverError).toBeUndefined();
    const second = await remindReviewer({
      organisation: world.hkstp.slug,
      assignmentId: assignment.id,
    });
    expect(second.serverError).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Wait an hour"),
    });
    expect(await noticesOf(world.mentor.user.id)).toHaveLength(1);
    const row = await testDb().reviewerAssignment.findUniqueOrThrow({
      where: { id: assignment.id },
    });
    expect(row.remindedAt).not.toBeNull();
    expect(await auditEventsOf("review.remind", world.officer.user.id)).toHaveLength(1);
  });

  it("refuses a submitted review (CONFLICT) and another operator's officer (NOT_FOUND)", async () => {
    const world = await buildReviewWorld();
    const done = await createReviewerAssignment(testDb(), {
      organisationId: world.hkstp.id,
      applicationId: world.application.id,
      reviewerId: world.mentor.user.id,
      status: "SUBMITTED",
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    expect(
      (await remindReviewer({ organisation: world.hkstp.slug, assignmentId: done.id })).serverError,
    ).toMatchObject({ code: "CONFLICT" });
    auth.user = await sessionUserFor(world.foreignOfficer.user.id);
    expect(
      (await remindReviewer({ organisation: world.cuhk.slug, assignmentId: done.id })).serverError,
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await noticesOf(world.mentor.user.id)).toEqual([]);
  });
});
