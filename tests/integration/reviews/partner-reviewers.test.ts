// Partner scientists review co-incubation applications from their own partner membership:
// assigned by the operator (shortlisted applications only), they see and score only what is
// assigned to them, and other reviewers' scores only after they submit.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { assignReviewer } from "@/lib/actions/reviews/assign-reviewer";
import { declareConflict } from "@/lib/actions/reviews/declare-conflict";
import { submitReview } from "@/lib/actions/reviews/submit-review";
import { getReviewScreen } from "@/lib/data/reviews/get-review-screen";
import { listAssignableReviewers } from "@/lib/data/reviews/list-assignable-reviewers";
import { listReviewerQueue } from "@/lib/data/reviews/list-reviewer-queue";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createDataSharingConsent } from "../../factories/consents";
import { createMembership } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { buildPartnerWorld, type PartnerWorld } from "./partner-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const asAz = (world: PartnerWorld) => ({
  userId: world.azScientist.user.id,
  organisation: world.astrazeneca,
});

function scoreAll(world: PartnerWorld, score: number) {
  return world.rubric.criteria.map((criterion) => ({ criterionId: criterion.id, score }));
}

describe("assigning partner scientists", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("offers only the scientists of partners that may review, and names their partner", async () => {
    const world = await buildPartnerWorld();
    const reviewers = await runWithTenant(
      { userId: world.officer.user.id, organisationId: world.hkstp.id },
      () => listAssignableReviewers(world.hkstp.id, world.programme.id),
    );
    const partners = reviewers.filter((reviewer) => reviewer.partnerName);
    expect(partners.map((reviewer) => reviewer.id).sort()).toEqual(
      [world.azScientist.user.id, world.azColleague.user.id].sort(),
    );
    expect(new Set(partners.map((reviewer) => reviewer.partnerName))).toEqual(
      new Set([world.astrazeneca.name]),
    );
  });

  it("assigns a partner scientist to a shortlisted application and notifies them with a link to their partner queue", async () => {
    const world = await buildPartnerWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await assignReviewer({
      organisation: world.hkstp.slug,
      applicationId: world.applicationB.id,
      reviewerId: world.azColleague.user.id,
      dueOn: "2026-12-18",
    });
    expect(result.serverError).toBeUndefined();
    const assignment = await testDb().reviewerAssignment.findFirstOrThrow({
      where: { applicationId: world.applicationB.id, reviewerId: world.azColleague.user.id },
    });
    expect(assignment).toMatchObject({
      organisationId: world.hkstp.id,
      status: "ASSIGNED",
      dueAt: new Date("2026-12-18T15:59:59.999Z"),
    });
    const notices = await testDb().notification.findMany({
      where: { userId: world.azColleague.user.id },
    });
    expect(notices).toEqual([
      expect.objectContaining({
        kind: "REVIEW_ASSIGNED",
        organisationId: world.hkstp.id,
        link: `/${world.astrazeneca.slug}/reviews/${assignment.id}`,
      }),
    ]);
    expect(await auditEventsOf("review.assign", world.officer.user.id)).toHaveLength(1);
  });

  it("refuses a partner scientist on an application that is not shortlisted", async () => {
    const world = await buildPartnerWorld({ statusOfA: "IN_REVIEW" });
    await testDb().reviewerAssignment.deleteMany({
      where: { applicationId: world.applicationA.id },
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await assignReviewer({
      organisation: world.hkstp.slug,
      applicationId: world.applicationA.id,
      reviewerId: world.azColleague.user.id,
      dueOn: "2026-12-18",
    });
    expect(result.serverError).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("partner scientists review shortlisted applications"),
    });
    expect(
      await testDb().reviewerAssignment.count({ where: { applicationId: world.applicationA.id } }),
    ).toBe(0);
  });

  it("refuses scientists of a partner that does not review, or is not linked, as NOT_FOUND", async () => {
    const world = await buildPartnerWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    for (const reviewer of [world.biScientist, world.novartisScientist]) {
      const result = await assignReviewer({
        organisation: world.hkstp.slug,
        applicationId: world.applicationB.id,
        reviewerId: reviewer.user.id,
        dueOn: "2026-12-18",
      });
      expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    }
    expect(
      await testDb().reviewerAssignment.count({ where: { applicationId: world.applicationB.id } }),
    ).toBe(1);
  });

  it("flags a partner that already works with the applicant, and a person in common", async () => {
    const world = await buildPartnerWorld();
    await createDataSharingConsent(testDb(), {
      organisationId: world.hkstp.id,
      programmeId: world.programme.id,
      startupId: world.applicationB.startupId,
      partnerId: world.astrazeneca.id,
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const linked = await assignReviewer({
      organisation: world.hkstp.slug,
      applicationId: world.applicationB.id,
      reviewerId: world.azColleague.user.id,
      dueOn: "2026-12-18",
    });
    expect(linked.data?.flaggedConflictReason).toBe(
      `The reviewer's organisation, ${world.astrazeneca.name}, already works with the applicant start-up (a data-sharing consent or a shared cohort).`,
    );

    // A colleague at AstraZeneca is also a founder of application A's start-up.
    await createMembership(testDb(), {
      organisationId: world.applicationA.startupId,
      userId: world.azColleague.user.id,
      role: "STARTUP_MEMBER",
    });
    await testDb().reviewerAssignment.deleteMany({
      where: { applicationId: world.applicationA.id, reviewerId: world.azScientist.user.id },
    });
    const shared = await assignReviewer({
      organisation: world.hkstp.slug,
      applicationId: world.applicationA.id,
      reviewerId: world.azScientist.user.id,
      dueOn: "2026-12-18",
    });
    expect(shared.data?.flaggedConflictReason).toBe(
      `The reviewer's organisation, ${world.astrazeneca.name}, and the applicant start-up have a person in common.`,
    );
  });
});

describe("a partner scientist reviewing from their partner membership", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("queues only their own assignments, across the operator, with the operator named", async () => {
    const world = await buildPartnerWorld();
    const queue = await runWithTenant(
      { userId: world.azScientist.user.id, organisationId: world.astrazeneca.id },
      () => listReviewerQueue(asAz(world)),
    );
    expect(queue.map((item) => item.id)).toEqual([world.azAssignment.id]);
    expect(queue[0]).toMatchObject({
      operatorName: world.hkstp.name,
      application: { reference: world.applicationA.reference },
    });
  });

  it("sees the application's answers, files and rubric, but no other reviewer's scores before submitting", async () => {
    const world = await buildPartnerWorld();
    const screen = await runWithTenant(
      { userId: world.azScientist.user.id, organisationId: world.astrazeneca.id },
      () => getReviewScreen({ reviewer: asAz(world), assignmentId: world.azAssignment.id }),
    );
    expect(screen.application.reference).toBe(world.applicationA.reference);
    expect(screen.application.sections.length).toBeGreaterThan(0);
    expect(screen.application.attachments.map((file) => file.id)).toEqual([world.pitchDeck.id]);
    expect(screen.rubric?.criteria).toHaveLength(5);
    expect(screen.panel).toBeNull();
    const serialised = JSON.stringify(screen);
    expect(serialised).not.toContain(world.mentorReview.id);
    expect(serialised).not.toContain("DO_NOT_SUPPORT");
  });

  it("does not name the applicant on a blind-review call", async () => {
    const world = await buildPartnerWorld({ isBlindReview: true });
    const tenant = { userId: world.azScientist.user.id, organisationId: world.astrazeneca.id };
    const [screen, queue] = await runWithTenant(tenant, () =>
      Promise.all([
        getReviewScreen({ reviewer: asAz(world), assignmentId: world.azAssignment.id }),
        listReviewerQueue(asAz(world)),
      ]),
    );
    const startup = await testDb().organisation.findUniqueOrThrow({
      where: { id: world.applicationA.startupId },
    });
    expect(screen.application.startupName).toBeNull();
    expect(queue[0]?.application.startup).toBeNull();
    expect(JSON.stringify([screen, queue])).not.toContain(startup.name);
  });

  it("is NOT_FOUND for a colleague's assignment and for any other application", async () => {
    const world = await buildPartnerWorld();
    for (const assignmentId of [world.mentorAssignment.id, world.mentorAssignmentOfB.id]) {
      await expect(
        runWithTenant(
          { userId: world.azScientist.user.id, organisationId: world.astrazeneca.id },
          () => getReviewScreen({ reviewer: asAz(world), assignmentId }),
        ),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("declares and submits, writing the review and audit into the operator's records, then sees the anonymous panel", async () => {
    const world = await buildPartnerWorld();
    auth.user = await sessionUserFor(world.azScientist.user.id);
    const declared = await declareConflict({
      organisation: world.astrazeneca.slug,
      assignmentId: world.azAssignment.id,
      hasConflict: false,
    });
    expect(declared.serverError).toBeUndefined();
    const draft = await submitReview({
      organisation: world.astrazeneca.slug,
      assignmentId: world.azAssignment.id,
      intent: "SAVE_DRAFT",
      scores: [{ criterionId: world.rubric.criteria[0]!.id, score: 4 }],
      recommendation: null,
    });
    expect(draft.serverError).toBeUndefined();
    const submitted = await submitReview({
      organisation: world.astrazeneca.slug,
      assignmentId: world.azAssignment.id,
      intent: "SUBMIT",
      scores: scoreAll(world, 5),
      recommendation: "STRONGLY_SUPPORT",
      overallComment: "Strong translational package; fits our oncology portfolio.",
    });
    expect(submitted.serverError).toBeUndefined();

    const review = await testDb().review.findUniqueOrThrow({
      where: { assignmentId: world.azAssignment.id },
      include: { scores: true, assignment: true },
    });
    expect(review).toMatchObject({
      organisationId: world.hkstp.id,
      status: "SUBMITTED",
      recommendation: "STRONGLY_SUPPORT",
      assignment: { status: "SUBMITTED", hasConflict: false },
    });
    expect(review.scores.map((row) => row.score)).toEqual([5, 5, 5, 5, 5]);
    const events = await auditEventsOf("review.submit", world.azScientist.user.id);
    expect(events.map((event) => event.organisationId)).toEqual([world.hkstp.id]);

    const screen = await runWithTenant(
      { userId: world.azScientist.user.id, organisationId: world.astrazeneca.id },
      () => getReviewScreen({ reviewer: asAz(world), assignmentId: world.azAssignment.id }),
    );
    expect(screen.panel).toMatchObject({
      otherReviewCount: 1,
      summary: { reviewCount: 2, weightedMean: 3, min: 1, max: 5 },
    });
    expect(JSON.stringify(screen.panel)).not.toContain(world.mentor.user.name);
  });

  it("cannot change a submitted review", async () => {
    const world = await buildPartnerWorld();
    auth.user = await sessionUserFor(world.azScientist.user.id);
    await declareConflict({
      organisation: world.astrazeneca.slug,
      assignmentId: world.azAssignment.id,
      hasConflict: false,
    });
    const input = {
      organisation: world.astrazeneca.slug,
      assignmentId: world.azAssignment.id,
      intent: "SUBMIT" as const,
      scores: scoreAll(world, 4),
      recommendation: "SUPPORT" as const,
    };
    expect((await submitReview(input)).serverError).toBeUndefined();
    const again = await submitReview({ ...input, scores: scoreAll(world, 1) });
    expect(again.serverError).toMatchObject({ code: "CONFLICT" });
    const scores = await testDb().reviewScore.findMany({
      where: { review: { assignmentId: world.azAssignment.id } },
    });
    expect(scores.map((row) => row.score)).toEqual([4, 4, 4, 4, 4]);
  });

  it("cannot review from a partner whose link stopped allowing reviews", async () => {
    const world = await buildPartnerWorld();
    await testDb().programmePartner.updateMany({
      where: { programmeId: world.programme.id, partnerId: world.astrazeneca.id },
      data: { canReviewShortlisted: false },
    });
    auth.user = await sessionUserFor(world.azScientist.user.id);
    const result = await declareConflict({
      organisation: world.astrazeneca.slug,
      assignmentId: world.azAssignment.id,
      hasConflict: false,
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    const assignment = await testDb().reviewerAssignment.findUniqueOrThrow({
      where: { id: world.azAssignment.id },
    });
    expect(assignment.conflictDeclaredAt).toBeNull();
  });

  it("leaves another partner's scientist with NOT_FOUND on the assignment", async () => {
    const world = await buildPartnerWorld();
    auth.user = await sessionUserFor(world.biScientist.user.id);
    const result = await declareConflict({
      organisation: world.boehringer.slug,
      assignmentId: world.azAssignment.id,
      hasConflict: false,
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
  });
});
