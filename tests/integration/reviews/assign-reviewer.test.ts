import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { assignReviewer } from "@/lib/actions/reviews/assign-reviewer";
import { createMembership } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { buildReviewWorld } from "./review-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const assignmentsOf = (applicationId: string) =>
  testDb().reviewerAssignment.findMany({
    where: { applicationId },
    select: { reviewerId: true, status: true, dueAt: true, flaggedConflictReason: true },
  });

describe("assignReviewer", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("assigns a mentor with a due date at the end of that Hong Kong day", async () => {
    const world = await buildReviewWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await assignReviewer({
      organisation: world.hkstp.slug,
      applicationId: world.application.id,
      reviewerId: world.mentor.user.id,
      dueOn: "2026-12-18",
    });
    expect(result.serverError).toBeUndefined();
    expect(await assignmentsOf(world.application.id)).toEqual([
      {
        reviewerId: world.mentor.user.id,
        status: "ASSIGNED",
        dueAt: new Date("2026-12-18T15:59:59.999Z"),
        flaggedConflictReason: null,
      },
    ]);
    expect(await auditEventsOf("review.assign", world.officer.user.id)).toHaveLength(1);
  });

  it("refuses a duplicate with CONFLICT", async () => {
    const world = await buildReviewWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const input = {
      organisation: world.hkstp.slug,
      applicationId: world.application.id,
      reviewerId: world.mentor.user.id,
      dueOn: "2026-12-18",
    };
    expect((await assignReviewer(input)).serverError).toBeUndefined();
    const again = await assignReviewer(input);
    expect(again.serverError).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("is already assigned to"),
    });
    expect(await assignmentsOf(world.application.id)).toHaveLength(1);
  });

  it("flags a likely conflict when the reviewer created the application", async () => {
    const world = await buildReviewWorld();
    // The founder who wrote the application is also in HKSTP's mentor pool.
    await createMembership(testDb(), {
      organisationId: world.hkstp.id,
      role: "MENTOR",
      userId: world.application.createdById,
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await assignReviewer({
      organisation: world.hkstp.slug,
      applicationId: world.application.id,
      reviewerId: world.application.createdById,
      dueOn: "2026-12-18",
    });
    expect(result.data?.flaggedConflictReason).toContain("created this application");
    const [assignment] = await assignmentsOf(world.application.id);
    expect(assignment?.flaggedConflictReason).toContain("created this application");
  });

  it("flags a likely conflict when the reviewer is a member of the applicant start-up", async () => {
    const world = await buildReviewWorld();
    // A second mentor of HKSTP also belongs to the applicant start-up, but has never touched
    // the application: only the start-up's memberships show the link.
    await createMembership(testDb(), {
      organisationId: world.application.startupId,
      role: "STARTUP_MEMBER",
      userId: world.secondMentor.user.id,
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await assignReviewer({
      organisation: world.hkstp.slug,
      applicationId: world.application.id,
      reviewerId: world.secondMentor.user.id,
      dueOn: "2026-12-18",
    });
    expect(result.serverError).toBeUndefined();
    expect(result.data?.flaggedConflictReason).toBe(
      "The reviewer is a member of the applicant start-up.",
    );
    const [assignment] = await assignmentsOf(world.application.id);
    expect(assignment?.flaggedConflictReason).toBe(
      "The reviewer is a member of the applicant start-up.",
    );
  });

  it("does not flag a reviewer whose membership of the applicant start-up is deactivated", async () => {
    const world = await buildReviewWorld();
    await createMembership(testDb(), {
      organisationId: world.application.startupId,
      role: "STARTUP_MEMBER",
      userId: world.secondMentor.user.id,
      status: "DEACTIVATED",
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await assignReviewer({
      organisation: world.hkstp.slug,
      applicationId: world.application.id,
      reviewerId: world.secondMentor.user.id,
      dueOn: "2026-12-18",
    });
    expect(result.serverError).toBeUndefined();
    expect(result.data?.flaggedConflictReason).toBeNull();
  });

  it("refuses someone who is not an officer or mentor of the operator", async () => {
    const world = await buildReviewWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    for (const reviewerId of [world.financeApprover.user.id, world.foreignOfficer.user.id]) {
      const result = await assignReviewer({
        organisation: world.hkstp.slug,
        applicationId: world.application.id,
        reviewerId,
        dueOn: "2026-12-18",
      });
      expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await assignmentsOf(world.application.id)).toHaveLength(0);
  });

  it("answers CONFLICT for an application not yet screened", async () => {
    const world = await buildReviewWorld("SUBMITTED");
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await assignReviewer({
      organisation: world.hkstp.slug,
      applicationId: world.application.id,
      reviewerId: world.mentor.user.id,
      dueOn: "2026-12-18",
    });
    expect(result.serverError).toMatchObject({ code: "CONFLICT" });
  });

  it("answers NOT_FOUND to another operator's officer and writes nothing", async () => {
    const world = await buildReviewWorld();
    auth.user = await sessionUserFor(world.foreignOfficer.user.id);
    const result = await assignReviewer({
      organisation: world.cuhk.slug,
      applicationId: world.application.id,
      reviewerId: world.mentor.user.id,
      dueOn: "2026-12-18",
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await assignmentsOf(world.application.id)).toHaveLength(0);
  });
});
