import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { declareConflict } from "@/lib/actions/reviews/declare-conflict";
import { submitReview } from "@/lib/actions/reviews/submit-review";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { assign, buildReviewWorld } from "./review-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

type World = Awaited<ReturnType<typeof buildReviewWorld>>;

function reviewInput(world: World, assignmentId: string, intent: "SAVE_DRAFT" | "SUBMIT") {
  return {
    organisation: world.hkstp.slug,
    assignmentId,
    intent,
    scores: world.rubric.criteria.map((criterion, index) => ({
      criterionId: criterion.id,
      score: [5, 4, 4, 3, 3][index] ?? 3,
      comment: index === 0 ? "Convincing in-vivo data in two models." : undefined,
    })),
    recommendation: "SUPPORT" as const,
    overallComment: "Fund, with a CMC milestone in the first six months.",
  };
}

const reviewOf = (assignmentId: string) =>
  testDb().review.findUnique({
    where: { assignmentId },
    select: {
      status: true,
      recommendation: true,
      submittedAt: true,
      scores: { select: { score: true }, orderBy: { score: "desc" } },
    },
  });

describe("declareConflict", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("records a declaration of no conflict and keeps the assignment", async () => {
    const world = await buildReviewWorld();
    const assignment = await assign(world, world.mentor.user.id, { hasDeclared: false });
    auth.user = await sessionUserFor(world.mentor.user.id);
    const result = await declareConflict({
      organisation: world.hkstp.slug,
      assignmentId: assignment.id,
      hasConflict: false,
    });
    expect(result.serverError).toBeUndefined();
    const saved = await testDb().reviewerAssignment.findUniqueOrThrow({
      where: { id: assignment.id },
    });
    expect(saved).toMatchObject({ status: "ASSIGNED", hasConflict: false });
    expect(saved.conflictDeclaredAt).toBeInstanceOf(Date);
    expect(await auditEventsOf("review.declare_conflict", world.mentor.user.id)).toHaveLength(1);
  });

  it("removes a conflicted reviewer from the application, and they cannot score", async () => {
    const world = await buildReviewWorld();
    const assignment = await assign(world, world.mentor.user.id, { hasDeclared: false });
    auth.user = await sessionUserFor(world.mentor.user.id);
    const result = await declareConflict({
      organisation: world.hkstp.slug,
      assignmentId: assignment.id,
      hasConflict: true,
      details: "I advised the founders on their PCT filing in 2025.",
    });
    expect(result.serverError).toBeUndefined();
    expect(
      await testDb().reviewerAssignment.findUniqueOrThrow({ where: { id: assignment.id } }),
    ).toMatchObject({ status: "CONFLICTED", hasConflict: true });

    const scored = await submitReview(reviewInput(world, assignment.id, "SUBMIT"));
    expect(scored.serverError).toMatchObject({ code: "CONFLICT" });
    expect((scored.serverError as { message: string }).message).toContain("conflict");
    expect(await reviewOf(assignment.id)).toBeNull();
  });

  it("answers NOT_FOUND to another reviewer naming someone else's assignment", async () => {
    const world = await buildReviewWorld();
    const assignment = await assign(world, world.mentor.user.id, { hasDeclared: false });
    auth.user = await sessionUserFor(world.secondMentor.user.id);
    const result = await declareConflict({
      organisation: world.hkstp.slug,
      assignmentId: assignment.id,
      hasConflict: false,
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(
      (await testDb().reviewerAssignment.findUniqueOrThrow({ where: { id: assignment.id } }))
        .conflictDeclaredAt,
    ).toBeNull();
  });
});

describe("submitReview", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("refuses to score before the conflict declaration", async () => {
    const world = await buildReviewWorld();
    const assignment = await assign(world, world.mentor.user.id, { hasDeclared: false });
    auth.user = await sessionUserFor(world.mentor.user.id);
    const result = await submitReview(reviewInput(world, assignment.id, "SAVE_DRAFT"));
    expect(result.serverError).toMatchObject({
      code: "CONFLICT",
      message: "Declare whether you have a conflict of interest before scoring.",
    });
    expect(await reviewOf(assignment.id)).toBeNull();
  });

  it("saves a draft, then submits it once; a second submit is refused", async () => {
    const world = await buildReviewWorld();
    const assignment = await assign(world, world.mentor.user.id);
    auth.user = await sessionUserFor(world.mentor.user.id);

    const draft = await submitReview(reviewInput(world, assignment.id, "SAVE_DRAFT"));
    expect(draft.serverError).toBeUndefined();
    expect(await reviewOf(assignment.id)).toMatchObject({ status: "DRAFT", submittedAt: null });

    const submitted = await submitReview(reviewInput(world, assignment.id, "SUBMIT"));
    expect(submitted.serverError).toBeUndefined();
    const saved = await reviewOf(assignment.id);
    expect(saved).toMatchObject({ status: "SUBMITTED", recommendation: "SUPPORT" });
    expect(saved?.scores.map((row) => row.score)).toEqual([5, 4, 4, 3, 3]);
    expect(
      (await testDb().reviewerAssignment.findUniqueOrThrow({ where: { id: assignment.id } }))
        .status,
    ).toBe("SUBMITTED");

    const again = await submitReview({
      ...reviewInput(world, assignment.id, "SUBMIT"),
      recommendation: "DO_NOT_SUPPORT",
    });
    expect(again.serverError).toMatchObject({
      code: "CONFLICT",
      message: "You have already submitted this review.",
    });
    expect((await reviewOf(assignment.id))?.recommendation).toBe("SUPPORT");
  });

  it("refuses a score outside the scale and an incomplete submission", async () => {
    const world = await buildReviewWorld();
    const assignment = await assign(world, world.mentor.user.id);
    auth.user = await sessionUserFor(world.mentor.user.id);
    const input = reviewInput(world, assignment.id, "SUBMIT");

    const outOfScale = await submitReview({
      ...input,
      scores: input.scores.map((entry) => ({ ...entry, score: 6 })),
    });
    expect(outOfScale.serverError).toMatchObject({
      code: "INVALID",
      message: "Scores run from 1 to 5.",
    });
    const incomplete = await submitReview({ ...input, scores: input.scores.slice(0, 3) });
    expect(incomplete.serverError).toMatchObject({ code: "INVALID" });
    expect((incomplete.serverError as { message: string }).message).toContain("Score every");
    expect(await reviewOf(assignment.id)).toBeNull();
  });

  it("answers NOT_FOUND to an officer of another operator, and to another reviewer", async () => {
    const world = await buildReviewWorld();
    const assignment = await assign(world, world.mentor.user.id);

    auth.user = await sessionUserFor(world.foreignOfficer.user.id);
    const foreign = await submitReview({
      ...reviewInput(world, assignment.id, "SUBMIT"),
      organisation: world.cuhk.slug,
    });
    expect(foreign.serverError).toMatchObject({ code: "NOT_FOUND" });

    auth.user = await sessionUserFor(world.secondMentor.user.id);
    const colleague = await submitReview(reviewInput(world, assignment.id, "SUBMIT"));
    expect(colleague.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await reviewOf(assignment.id)).toBeNull();
  });
});
