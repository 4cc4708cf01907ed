import { describe, expect, it } from "vitest";
import { getCallResults } from "@/lib/data/reviews/get-call-results";
import { getReviewScreen } from "@/lib/data/reviews/get-review-screen";
import { listReviewerQueue } from "@/lib/data/reviews/list-reviewer-queue";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createReview, createReviewScore } from "../../factories/reviews";
import { testDb } from "../../setup/test-database";
import { assign, buildReviewWorld } from "./review-world";

type World = Awaited<ReturnType<typeof buildReviewWorld>>;

/** A review by `reviewerId` with the given scores, in `status`. */
async function reviewWith(
  world: World,
  assignmentId: string,
  scores: number[],
  status: "DRAFT" | "SUBMITTED",
) {
  const review = await createReview(testDb(), { assignmentId, status });
  for (const [index, criterion] of world.rubric.criteria.entries()) {
    await createReviewScore(testDb(), {
      reviewId: review.id,
      criterionId: criterion.id,
      score: scores[index] ?? 3,
    });
  }
  return review;
}

const asMember = <T>(userId: string, organisationId: string, fn: () => Promise<T>) =>
  runWithTenant({ userId, organisationId }, fn);

describe("the review screen", () => {
  it("never shows other reviewers' scores before the reviewer submits their own", async () => {
    const world = await buildReviewWorld();
    const colleague = await assign(world, world.secondMentor.user.id);
    await reviewWith(world, colleague.id, [1, 1, 1, 1, 1], "SUBMITTED");
    const own = await assign(world, world.mentor.user.id);
    await reviewWith(world, own.id, [5, 5, 4, 4, 4], "DRAFT");
    const screen = () =>
      asMember(world.mentor.user.id, world.hkstp.id, () =>
        getReviewScreen({
          reviewer: { userId: world.mentor.user.id, organisation: world.hkstp },
          assignmentId: own.id,
        }),
      );

    const before = await screen();
    expect(before.panel).toBeNull();
    expect(before.ownReview?.scores.map((row) => row.score).sort()).toEqual([4, 4, 4, 5, 5]);
    // Nothing of the colleague's review anywhere in what the page would receive.
    expect(JSON.stringify(before)).not.toContain(colleague.id);
    expect(JSON.stringify(before)).not.toContain('"score":1');

    await testDb().review.update({
      where: { assignmentId: own.id },
      data: { status: "SUBMITTED", submittedAt: new Date() },
    });
    // As submitReview does: the assignment closes with the review.
    await testDb().reviewerAssignment.update({
      where: { id: own.id },
      data: { status: "SUBMITTED" },
    });
    const after = await screen();
    expect(after.panel?.otherReviewCount).toBe(1);
    expect(after.panel?.summary.reviewCount).toBe(2);
  });

  it("is NOT_FOUND for another reviewer's assignment", async () => {
    const world = await buildReviewWorld();
    const colleague = await assign(world, world.secondMentor.user.id);
    await expect(
      asMember(world.mentor.user.id, world.hkstp.id, () =>
        getReviewScreen({
          reviewer: { userId: world.mentor.user.id, organisation: world.hkstp },
          assignmentId: colleague.id,
        }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("queues only the signed-in reviewer's assignments", async () => {
    const world = await buildReviewWorld();
    const own = await assign(world, world.mentor.user.id, { hasDeclared: false });
    await assign(world, world.secondMentor.user.id);
    const queue = await asMember(world.mentor.user.id, world.hkstp.id, () =>
      listReviewerQueue({ userId: world.mentor.user.id, organisation: world.hkstp }),
    );
    expect(queue.map((item) => item.id)).toEqual([own.id]);
  });
});

describe("the officer's call results", () => {
  it("aggregates submitted reviews only, with spread and outliers", async () => {
    const world = await buildReviewWorld();
    const reviewers = [world.mentor, world.secondMentor, world.officer];
    const scoreSets = [
      [5, 4, 4, 3, 3],
      [3, 3, 3, 3, 3],
      [1, 1, 2, 1, 1],
    ];
    for (const [index, reviewer] of reviewers.entries()) {
      const assignment = await assign(world, reviewer.user.id);
      await reviewWith(world, assignment.id, scoreSets[index]!, "SUBMITTED");
    }
    const draftAssignment = await assign(world, world.financeApprover.user.id);
    await reviewWith(world, draftAssignment.id, [5, 5, 5, 5, 5], "DRAFT");

    const results = await asMember(world.officer.user.id, world.hkstp.id, () =>
      getCallResults(world.hkstp.id, world.application.callId),
    );
    const [row] = results?.applications ?? [];
    expect(row).toMatchObject({
      rank: 1,
      status: "IN_REVIEW",
      summary: { reviewCount: 3, weightedMean: 2.73, standardDeviation: 1.16, min: 1.2, max: 4 },
    });
    expect(row?.summary.reviews.filter((review) => review.isOutlier)).toHaveLength(1);
  });

  it("is null for another operator's call", async () => {
    const world = await buildReviewWorld();
    const results = await asMember(world.foreignOfficer.user.id, world.cuhk.id, () =>
      getCallResults(world.cuhk.id, world.application.callId),
    );
    expect(results).toBeNull();
  });
});
