import { describe, expect, it } from "vitest";
import { getOfficerApplication } from "@/lib/data/reviews/get-officer-application";
import { listAssignableReviewers } from "@/lib/data/reviews/list-assignable-reviewers";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import {
  createApplication,
  createApplicationAnswer,
  createApplicationStatusChange,
} from "../../factories/applications";
import { createReviewerAssignment } from "../../factories/reviews";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { buildReviewWorld } from "./review-world";

const asMember = <T>(userId: string, organisationId: string, fn: () => Promise<T>) =>
  runWithTenant({ userId, organisationId }, fn);

describe("the officer's application page", () => {
  it("reads answers by their labels, the timeline with names and the flagged assignments", async () => {
    const world = await buildReviewWorld("IN_REVIEW");
    const { application, hkstp, officer, mentor } = world;
    await createApplicationAnswer(testDb(), {
      applicationId: application.id,
      organisationId: hkstp.id,
      questionKey: "project_summary",
      value: "An EBV-targeted CAR-T.",
    });
    await createApplicationStatusChange(testDb(), {
      applicationId: application.id,
      organisationId: hkstp.id,
      fromStatus: "SCREENING",
      toStatus: "IN_REVIEW",
      actorId: officer.user.id,
    });
    await createReviewerAssignment(testDb(), {
      applicationId: application.id,
      organisationId: hkstp.id,
      reviewerId: mentor.user.id,
      flaggedConflictReason: "The reviewer created this application for the applicant start-up.",
    });

    const read = await asMember(officer.user.id, hkstp.id, () =>
      getOfficerApplication({
        organisationId: hkstp.id,
        callId: application.callId,
        applicationId: application.id,
      }),
    );

    expect(read?.status).toBe("IN_REVIEW");
    const answers = read?.sections.flatMap((section) => section.answers) ?? [];
    expect(answers.find((answer) => answer.key === "project_summary")).toMatchObject({
      label: "Project summary",
      value: "An EBV-targeted CAR-T.",
    });
    expect(read?.statusChanges.map((change) => change.actor?.name)).toEqual([officer.user.name]);
    expect(read?.assignments).toEqual([
      expect.objectContaining({
        status: "ASSIGNED",
        reviewer: { id: mentor.user.id, name: mentor.user.name },
        flaggedConflictReason: expect.stringContaining("created this application"),
      }),
    ]);
  });

  it("is null for another tenant's application, even under its real call", async () => {
    const world = await buildReviewWorld("SUBMITTED");
    const { application, cuhk, foreignOfficer, hkstp, officer } = world;

    const fromOtherTenant = await asMember(foreignOfficer.user.id, cuhk.id, () =>
      getOfficerApplication({
        organisationId: cuhk.id,
        callId: application.callId,
        applicationId: application.id,
      }),
    );
    expect(fromOtherTenant).toBeNull();

    // The tenant's own application under one of its other calls is not found either.
    const other = await createApplication(testDb(), { organisationId: hkstp.id });
    const underWrongCall = await asMember(officer.user.id, hkstp.id, () =>
      getOfficerApplication({
        organisationId: hkstp.id,
        callId: other.callId,
        applicationId: application.id,
      }),
    );
    expect(underWrongCall).toBeNull();
  });
});

describe("the assignable reviewers", () => {
  it("are only the operator's active programme officers and mentors", async () => {
    const world = await buildReviewWorld();
    const { hkstp, officer, mentor, secondMentor } = world;
    await createMember(testDb(), {
      organisationId: hkstp.id,
      role: "MENTOR",
      membership: { status: "DEACTIVATED" },
    });
    await createMember(testDb(), {
      organisationId: hkstp.id,
      role: "MENTOR",
      user: { deactivatedAt: new Date() },
    });

    const reviewers = await asMember(officer.user.id, hkstp.id, () =>
      listAssignableReviewers(hkstp.id, world.programmeId),
    );

    // Not the finance approver, nor the other operator's officer, nor anyone deactivated.
    expect(reviewers.map((reviewer) => reviewer.id).sort()).toEqual(
      [officer.user.id, mentor.user.id, secondMentor.user.id].sort(),
    );
    expect(new Set(reviewers.map((reviewer) => reviewer.role))).toEqual(
      new Set(["PROGRAMME_OFFICER", "MENTOR"]),
    );
  });

  it("are empty when read for another tenant's organisation id", async () => {
    const world = await buildReviewWorld();
    const reviewers = await asMember(world.foreignOfficer.user.id, world.cuhk.id, () =>
      listAssignableReviewers(world.hkstp.id, world.programmeId),
    );
    expect(reviewers).toEqual([]);
  });
});
