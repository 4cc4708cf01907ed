// Bulk actions on a call's applications: one request, all applied or none, every outcome told.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { bulkAssignReviewer } from "@/lib/actions/reviews/bulk-assign-reviewer";
import { bulkScreenEligible } from "@/lib/actions/reviews/bulk-screen-eligible";
import { bulkShortlistApplications } from "@/lib/actions/reviews/bulk-shortlist-applications";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { createApplication } from "../../factories/applications";
import { createCall, createRubricWithCriteria } from "../../factories/calls";
import { createOperator } from "../../factories/organisations";
import { createReview, createReviewerAssignment } from "../../factories/reviews";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { sessionUserFor } from "../members/session-user";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

/** HKSTP's call with applications in the given statuses, an officer and a mentor. */
async function callWith(statuses: ApplicationStatus[]) {
  const db = testDb();
  const hkstp = await createOperator(db);
  const officer = await createMember(db, { organisationId: hkstp.id, role: "PROGRAMME_OFFICER" });
  const mentor = await createMember(db, { organisationId: hkstp.id, role: "MENTOR" });
  const call = await createCall(db, { organisationId: hkstp.id });
  await createRubricWithCriteria(db, { organisationId: hkstp.id, callId: call.id });
  const applications = [];
  for (const status of statuses) {
    applications.push(
      await createApplication(db, { organisationId: hkstp.id, callId: call.id, status }),
    );
  }
  auth.user = await sessionUserFor(officer.user.id);
  return { hkstp, officer, mentor, call, applications };
}

const statusesOf = async (ids: string[]) =>
  (
    await testDb().application.findMany({
      where: { id: { in: ids } },
      select: { id: true, status: true },
    })
  )
    .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
    .map((row) => row.status);

describe("bulkScreenEligible", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("moves every selected submitted application into review, with timeline and audit", async () => {
    const { hkstp, officer, call, applications } = await callWith([
      "SUBMITTED",
      "SCREENING",
      "SUBMITTED",
    ]);
    const ids = applications.map((application) => application.id);
    const result = await bulkScreenEligible({
      organisation: hkstp.slug,
      callId: call.id,
      applicationIds: ids,
    });
    expect(result.data?.isApplied).toBe(true);
    expect(result.data?.outcomes.map((outcome) => outcome.result)).toEqual([
      "DONE",
      "DONE",
      "DONE",
    ]);
    expect(await statusesOf(ids)).toEqual(["IN_REVIEW", "IN_REVIEW", "IN_REVIEW"]);
    expect(
      await testDb().application.count({
        where: { id: { in: ids }, screeningOutcome: "ELIGIBLE" },
      }),
    ).toBe(3);
    expect(
      await testDb().auditEvent.count({
        where: { action: "application.screen", actorId: officer.user.id },
      }),
    ).toBe(3);
  });

  it("changes nothing when one cannot be screened, and says which and why", async () => {
    const { hkstp, call, applications } = await callWith(["SUBMITTED", "IN_REVIEW", "SUBMITTED"]);
    const ids = applications.map((application) => application.id);
    const before = await testDb().applicationStatusChange.count({
      where: { applicationId: { in: ids } },
    });
    const result = await bulkScreenEligible({
      organisation: hkstp.slug,
      callId: call.id,
      applicationIds: ids,
    });
    expect(result.data).toEqual({
      isApplied: false,
      outcomes: [
        expect.objectContaining({ applicationId: ids[0], result: "READY" }),
        expect.objectContaining({
          applicationId: ids[1],
          reference: applications[1]!.reference,
          result: "PROBLEM",
          message: `${applications[1]!.reference} is in review: only a submitted application can be screened.`,
        }),
        expect.objectContaining({ applicationId: ids[2], result: "READY" }),
      ],
    });
    expect(await statusesOf(ids)).toEqual(["SUBMITTED", "IN_REVIEW", "SUBMITTED"]);
    expect(
      await testDb().applicationStatusChange.count({ where: { applicationId: { in: ids } } }),
    ).toBe(before);
  });

  it("is NOT_FOUND when a selected application belongs to another call or operator", async () => {
    const { hkstp, call, applications } = await callWith(["SUBMITTED"]);
    const elsewhere = await createApplication(testDb(), { status: "SUBMITTED" });
    const result = await bulkScreenEligible({
      organisation: hkstp.slug,
      callId: call.id,
      applicationIds: [applications[0]!.id, elsewhere.id],
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await statusesOf([applications[0]!.id, elsewhere.id])).toEqual([
      "SUBMITTED",
      "SUBMITTED",
    ]);
  });

  it("is refused to a mentor (FORBIDDEN)", async () => {
    const { hkstp, mentor, call, applications } = await callWith(["SUBMITTED"]);
    auth.user = await sessionUserFor(mentor.user.id);
    const result = await bulkScreenEligible({
      organisation: hkstp.slug,
      callId: call.id,
      applicationIds: [applications[0]!.id],
    });
    expect(result.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(await statusesOf([applications[0]!.id])).toEqual(["SUBMITTED"]);
  });
});

describe("bulkAssignReviewer", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("assigns the reviewer to every selected application with one due date and one notice each", async () => {
    const { hkstp, mentor, call, applications } = await callWith([
      "IN_REVIEW",
      "IN_REVIEW",
      "SHORTLISTED",
    ]);
    const ids = applications.map((application) => application.id);
    const result = await bulkAssignReviewer({
      organisation: hkstp.slug,
      callId: call.id,
      applicationIds: ids,
      reviewerId: mentor.user.id,
      dueOn: "2026-12-31",
    });
    expect(result.data?.isApplied).toBe(true);
    const assignments = await testDb().reviewerAssignment.findMany({
      where: { reviewerId: mentor.user.id },
      select: { applicationId: true, dueAt: true, status: true },
    });
    expect(assignments.map((row) => row.applicationId).sort()).toEqual([...ids].sort());
    expect(new Set(assignments.map((row) => row.dueAt?.toISOString()))).toEqual(
      new Set(["2026-12-31T15:59:59.999Z"]),
    );
    expect(await testDb().notification.count({ where: { userId: mentor.user.id } })).toBe(3);
  });

  it("assigns nobody when one application already has the reviewer or is not screened", async () => {
    const { hkstp, mentor, call, applications } = await callWith([
      "IN_REVIEW",
      "IN_REVIEW",
      "SUBMITTED",
    ]);
    await createReviewerAssignment(testDb(), {
      organisationId: hkstp.id,
      applicationId: applications[1]!.id,
      reviewerId: mentor.user.id,
    });
    const ids = applications.map((application) => application.id);
    const result = await bulkAssignReviewer({
      organisation: hkstp.slug,
      callId: call.id,
      applicationIds: ids,
      reviewerId: mentor.user.id,
      dueOn: "2026-12-31",
    });
    expect(result.data?.isApplied).toBe(false);
    expect(result.data?.outcomes.map((outcome) => outcome.result)).toEqual([
      "READY",
      "PROBLEM",
      "PROBLEM",
    ]);
    expect(result.data?.outcomes[1]?.message).toContain("is already assigned to");
    expect(result.data?.outcomes[2]?.message).toContain("once it is screened eligible");
    expect(await testDb().reviewerAssignment.count({ where: { reviewerId: mentor.user.id } })).toBe(
      1,
    );
    expect(await testDb().notification.count({ where: { userId: mentor.user.id } })).toBe(0);
  });

  it("refuses a reviewer who is not one of the operator's (NOT_FOUND)", async () => {
    const { hkstp, call, applications } = await callWith(["IN_REVIEW"]);
    const stranger = await createMember(testDb(), {
      organisationId: (await createOperator(testDb())).id,
      role: "MENTOR",
    });
    const result = await bulkAssignReviewer({
      organisation: hkstp.slug,
      callId: call.id,
      applicationIds: [applications[0]!.id],
      reviewerId: stranger.user.id,
      dueOn: "2026-12-31",
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(
      await testDb().reviewerAssignment.count({ where: { reviewerId: stranger.user.id } }),
    ).toBe(0);
  });
});

describe("bulkShortlistApplications", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("shortlists every selected application in review that has a submitted review", async () => {
    const { hkstp, call, applications } = await callWith(["IN_REVIEW", "IN_REVIEW"]);
    for (const application of applications) {
      await createReview(testDb(), {
        applicationId: application.id,
        organisationId: hkstp.id,
        status: "SUBMITTED",
      });
    }
    const ids = applications.map((application) => application.id);
    const result = await bulkShortlistApplications({
      organisation: hkstp.slug,
      callId: call.id,
      applicationIds: ids,
    });
    expect(result.data?.isApplied).toBe(true);
    expect(await statusesOf(ids)).toEqual(["SHORTLISTED", "SHORTLISTED"]);
  });

  it("shortlists none when one has no submitted review yet", async () => {
    const { hkstp, call, applications } = await callWith(["IN_REVIEW", "IN_REVIEW"]);
    await createReview(testDb(), {
      applicationId: applications[0]!.id,
      organisationId: hkstp.id,
      status: "SUBMITTED",
    });
    await createReview(testDb(), {
      applicationId: applications[1]!.id,
      organisationId: hkstp.id,
      status: "DRAFT",
    });
    const ids = applications.map((application) => application.id);
    const result = await bulkShortlistApplications({
      organisation: hkstp.slug,
      callId: call.id,
      applicationIds: ids,
    });
    expect(result.data?.isApplied).toBe(false);
    expect(result.data?.outcomes[1]).toMatchObject({
      result: "PROBLEM",
      message: `${applications[1]!.reference} has no submitted review yet: shortlist it once reviewers have scored it.`,
    });
    expect(await statusesOf(ids)).toEqual(["IN_REVIEW", "IN_REVIEW"]);
  });

  it("rejects an empty or duplicated selection as invalid input", async () => {
    const { hkstp, call, applications } = await callWith(["IN_REVIEW"]);
    const empty = await bulkShortlistApplications({
      organisation: hkstp.slug,
      callId: call.id,
      applicationIds: [],
    });
    expect(empty.validationErrors).toBeDefined();
    const id = applications[0]!.id;
    const twice = await bulkShortlistApplications({
      organisation: hkstp.slug,
      callId: call.id,
      applicationIds: [id, id],
    });
    expect(twice.validationErrors).toBeDefined();
  });
});
