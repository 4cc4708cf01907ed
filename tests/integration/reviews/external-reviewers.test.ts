// An officer invites an expert by name and email; the expert creates an account from the
// link, lands on the review queue, and can score only what they are assigned.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { permissionsOf } from "@/lib/auth/permissions";
import { acceptInvitationAsNewUser } from "@/lib/actions/members/accept-invitation-as-new-user";
import { assignReviewer } from "@/lib/actions/reviews/assign-reviewer";
import { declareConflict } from "@/lib/actions/reviews/declare-conflict";
import { inviteExternalReviewer } from "@/lib/actions/reviews/invite-external-reviewer";
import { screenApplication } from "@/lib/actions/reviews/screen-application";
import { submitReview } from "@/lib/actions/reviews/submit-review";
import { listExternalReviewers } from "@/lib/data/reviews/list-external-reviewers";
import { listReviewerQueue } from "@/lib/data/reviews/list-reviewer-queue";
import { db } from "@/lib/db";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createApplication } from "../../factories/applications";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { assign, buildReviewWorld } from "./review-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const PASSWORD = "peak tram dim sum 2026";

/** The officer invites Prof. Lydia Ho; she accepts with a new account. Returns her user id. */
async function inviteAndAccept(world: Awaited<ReturnType<typeof buildReviewWorld>>) {
  // Tests in a file share a database: one address per test.
  const local = `lydia.ho.${world.hkstp.slug}`;
  auth.user = await sessionUserFor(world.officer.user.id);
  const invited = await inviteExternalReviewer({
    organisation: world.hkstp.slug,
    name: "Prof. Lydia Ho",
    email: `${local.replace("lydia.ho", "Lydia.Ho")}@HKU.example.hk`,
  });
  expect(invited.serverError).toBeUndefined();
  const token = invited.data!.path.split("/").pop()!;
  auth.user = null;
  const accepted = await acceptInvitationAsNewUser({
    token,
    name: "Lydia Ho",
    password: PASSWORD,
    confirmPassword: PASSWORD,
  });
  expect(accepted.serverError).toBeUndefined();
  expect(accepted.data?.organisationSlug).toBe(world.hkstp.slug);
  const user = await testDb().user.findUniqueOrThrow({
    where: { email: `${local}@hku.example.hk` },
  });
  return user.id;
}

describe("inviteExternalReviewer", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("records an EXTERNAL_REVIEWER invitation with the name, audited, and lists it as pending", async () => {
    const world = await buildReviewWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await inviteExternalReviewer({
      organisation: world.hkstp.slug,
      name: "Dr Raymond Kwok",
      email: "raymond.kwok@qmh.example.hk",
    });
    expect(result.data?.path).toMatch(/^\/invitations\/[A-Za-z0-9_-]{43}$/);
    const invitation = await testDb().invitation.findFirstOrThrow({
      where: { organisationId: world.hkstp.id },
    });
    expect(invitation).toMatchObject({
      email: "raymond.kwok@qmh.example.hk",
      name: "Dr Raymond Kwok",
      role: "EXTERNAL_REVIEWER",
      status: "PENDING",
      invitedById: world.officer.user.id,
    });
    expect(await auditEventsOf("review.invite_external", world.officer.user.id)).toHaveLength(1);
    const listed = await runWithTenant(
      { userId: world.officer.user.id, organisationId: world.hkstp.id },
      () => listExternalReviewers(world.hkstp.id),
    );
    expect(listed.pending.map((pending) => pending.name)).toEqual(["Dr Raymond Kwok"]);
  });

  it("refuses a second live invitation and a current member with CONFLICT", async () => {
    const world = await buildReviewWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const input = {
      organisation: world.hkstp.slug,
      name: "Dr Raymond Kwok",
      email: "rk@example.hk",
    };
    expect((await inviteExternalReviewer(input)).serverError).toBeUndefined();
    expect((await inviteExternalReviewer(input)).serverError).toMatchObject({ code: "CONFLICT" });
    const mentor = await testDb().user.findUniqueOrThrow({ where: { id: world.mentor.user.id } });
    const member = await inviteExternalReviewer({ ...input, email: mentor.email });
    expect(member.serverError).toMatchObject({ code: "CONFLICT" });
    expect(await testDb().invitation.count({ where: { organisationId: world.hkstp.id } })).toBe(1);
  });

  it("is refused to a mentor (FORBIDDEN) and changes nothing", async () => {
    const world = await buildReviewWorld();
    auth.user = await sessionUserFor(world.mentor.user.id);
    const result = await inviteExternalReviewer({
      organisation: world.hkstp.slug,
      name: "Someone",
      email: "someone@example.hk",
    });
    expect(result.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb().invitation.count({ where: { organisationId: world.hkstp.id } })).toBe(0);
  });
});

describe("an external reviewer, from invitation to submitted review", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("joins as EXTERNAL_REVIEWER, is offered for assignment, and scores the assigned application only", async () => {
    const world = await buildReviewWorld();
    const expertId = await inviteAndAccept(world);
    const membership = await testDb().membership.findFirstOrThrow({
      where: { userId: expertId, organisationId: world.hkstp.id },
    });
    expect(membership).toMatchObject({ role: "EXTERNAL_REVIEWER", status: "ACTIVE" });

    const expert = await sessionUserFor(expertId);
    const reviewer = { userId: expertId, organisation: world.hkstp };
    const asExpert = <T>(fn: () => Promise<T>) =>
      runWithTenant({ userId: expertId, organisationId: world.hkstp.id }, fn);
    // Landing: an empty queue, and none of the operator's applications.
    expect(await asExpert(() => listReviewerQueue(reviewer))).toEqual([]);
    expect(await asExpert(() => db.application.findMany({ select: { id: true } }))).toEqual([]);

    auth.user = await sessionUserFor(world.officer.user.id);
    const assigned = await assignReviewer({
      organisation: world.hkstp.slug,
      applicationId: world.application.id,
      reviewerId: expertId,
      dueOn: "2026-12-18",
    });
    expect(assigned.serverError).toBeUndefined();
    const other = await assign(world, world.mentor.user.id);
    const assignmentId = assigned.data!.assignmentId;

    expect((await asExpert(() => listReviewerQueue(reviewer))).map((item) => item.id)).toEqual([
      assignmentId,
    ]);
    expect(await asExpert(() => db.application.findMany({ select: { id: true } }))).toEqual([
      { id: world.application.id },
    ]);

    auth.user = expert;
    expect(
      (await declareConflict({ organisation: world.hkstp.slug, assignmentId, hasConflict: false }))
        .serverError,
    ).toBeUndefined();
    const submitted = await submitReview({
      organisation: world.hkstp.slug,
      assignmentId,
      intent: "SUBMIT",
      scores: world.rubric.criteria.map((criterion) => ({ criterionId: criterion.id, score: 3 })),
      recommendation: "NEUTRAL",
    });
    expect(submitted.serverError).toBeUndefined();
    expect(
      await testDb().review.findFirstOrThrow({ where: { assignmentId }, select: { status: true } }),
    ).toEqual({ status: "SUBMITTED" });

    // The mentor's assignment: NOT_FOUND, unchanged.
    const foreign = await declareConflict({
      organisation: world.hkstp.slug,
      assignmentId: other.id,
      hasConflict: true,
      details: "I know them",
    });
    expect(foreign.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(
      await testDb().reviewerAssignment.findUniqueOrThrow({ where: { id: other.id } }),
    ).toMatchObject({ status: "ASSIGNED", hasConflict: false });
  });

  it("can do nothing but review: one permission, and screening is FORBIDDEN", async () => {
    expect(permissionsOf("EXTERNAL_REVIEWER")).toEqual(["review.score"]);
    const world = await buildReviewWorld();
    const expertId = await inviteAndAccept(world);
    const submittedApplication = await createApplication(testDb(), {
      organisationId: world.hkstp.id,
      status: "SUBMITTED",
    });
    auth.user = await sessionUserFor(expertId);
    const result = await screenApplication({
      organisation: world.hkstp.slug,
      applicationId: submittedApplication.id,
      outcome: "ELIGIBLE",
    });
    expect(result.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await testDb().application.findUniqueOrThrow({ where: { id: submittedApplication.id } }),
    ).toMatchObject({ status: "SUBMITTED" });
  });
});
