import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { changeEnrolmentStatus } from "@/lib/actions/enrolments/change-enrolment-status";
import { enrolStartup } from "@/lib/actions/enrolments/enrol-startup";
import { updateSupportPlan } from "@/lib/actions/enrolments/update-support-plan";
import { listAcceptedUnenrolled } from "@/lib/data/cohort/list-accepted-unenrolled";
import { listCohort } from "@/lib/data/cohort/list-cohort";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createApplication } from "../../factories/applications";
import { createCoachingSession } from "../../factories/coaching";
import { createMilestone } from "../../factories/milestones";
import { createDecision } from "../../factories/reviews";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { buildCohortWorld, cohortRowCounts, hongKongDate } from "./cohort-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

async function acceptedApplication(organisationId: string, programmeId: string) {
  const application = await createApplication(testDb(), {
    organisationId,
    status: "ACCEPTED",
  });
  // The application's call belongs to the world's programme.
  await testDb().call.update({ where: { id: application.callId }, data: { programmeId } });
  await createDecision(testDb(), {
    applicationId: application.id,
    organisationId,
    outcome: "ACCEPTED",
  });
  return application;
}

describe("enrolStartup", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("enrols an accepted application for the programme's duration and tells the founders", async () => {
    const world = await buildCohortWorld();
    const application = await acceptedApplication(world.hkstp.id, world.programme.id);
    const founder = await createMember(testDb(), {
      organisationId: application.startupId,
      role: "STARTUP_MEMBER",
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await enrolStartup({
      organisation: world.hkstp.slug,
      applicationId: application.id,
      startsOn: "2026-06-01",
      supportNeeds: ["REGULATORY", "MANUFACTURING", "REGULATORY"],
      workingLanguages: ["en", "yue"],
    });
    expect(result.serverError).toBeUndefined();
    const enrolment = await testDb().enrolment.findUniqueOrThrow({
      where: { applicationId: application.id },
    });
    expect(enrolment).toMatchObject({
      organisationId: world.hkstp.id,
      programmeId: world.programme.id,
      startupId: application.startupId,
      status: "ACTIVE",
      startsOn: new Date("2026-06-01T00:00:00Z"),
      endsOn: new Date("2030-05-31T00:00:00Z"),
      supportNeeds: ["REGULATORY", "MANUFACTURING"],
      workingLanguages: ["en", "yue"],
    });
    expect(await auditEventsOf("enrolment.create", world.officer.user.id)).toHaveLength(1);
    const notices = await testDb().notification.findMany({ where: { userId: founder.user.id } });
    expect(notices).toHaveLength(1);
    expect(notices[0]?.title).toBe("Welcome to Incu-Bio");
  });

  it("refuses an application that was not accepted, and a second enrolment", async () => {
    const world = await buildCohortWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const shortlisted = await createApplication(testDb(), {
      organisationId: world.hkstp.id,
      status: "SHORTLISTED",
    });
    const refused = await enrolStartup({
      organisation: world.hkstp.slug,
      applicationId: shortlisted.id,
      startsOn: hongKongDate(),
      supportNeeds: [],
      workingLanguages: [],
    });
    expect(refused.serverError).toMatchObject({ code: "CONFLICT" });

    const application = await acceptedApplication(world.hkstp.id, world.programme.id);
    const input = {
      organisation: world.hkstp.slug,
      applicationId: application.id,
      startsOn: hongKongDate(),
      supportNeeds: [],
      workingLanguages: [],
    };
    expect((await enrolStartup(input)).serverError).toBeUndefined();
    expect((await enrolStartup(input)).serverError).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already enrolled"),
    });
    expect(await testDb().enrolment.count({ where: { applicationId: application.id } })).toBe(1);
  });

  it("refuses a start date more than a year away", async () => {
    const world = await buildCohortWorld();
    const application = await acceptedApplication(world.hkstp.id, world.programme.id);
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await enrolStartup({
      organisation: world.hkstp.slug,
      applicationId: application.id,
      startsOn: hongKongDate(400),
      supportNeeds: [],
      workingLanguages: [],
    });
    expect(result.serverError).toMatchObject({ code: "INVALID" });
  });

  it("answers another operator's officer with 404 and changes nothing", async () => {
    const world = await buildCohortWorld();
    const application = await acceptedApplication(world.hkstp.id, world.programme.id);
    auth.user = await sessionUserFor(world.foreignOfficer.user.id);
    const before = await cohortRowCounts();
    const result = await enrolStartup({
      organisation: world.cuhk.slug,
      applicationId: application.id,
      startsOn: hongKongDate(),
      supportNeeds: [],
      workingLanguages: [],
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await cohortRowCounts()).toEqual(before);
  });
});

describe("changeEnrolmentStatus", () => {
  it("graduates with a reason: ends the mentors' assignments and cancels what was still scheduled", async () => {
    const world = await buildCohortWorld();
    const upcoming = await createCoachingSession(testDb(), {
      assignmentId: world.assignment.id,
      status: "SCHEDULED",
    });
    const held = await createCoachingSession(testDb(), {
      assignmentId: world.assignment.id,
      status: "CONFIRMED",
      startsAt: new Date(Date.now() - 7 * 86_400_000),
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await changeEnrolmentStatus({
      organisation: world.hkstp.slug,
      enrolmentId: world.enrolment.id,
      to: "GRADUATED",
      reason: "Closed a HK$78M Series A in March.",
    });
    expect(result.serverError).toBeUndefined();
    expect(
      await testDb().enrolment.findUniqueOrThrow({
        where: { id: world.enrolment.id },
        select: { status: true, statusReason: true },
      }),
    ).toEqual({ status: "GRADUATED", statusReason: "Closed a HK$78M Series A in March." });
    const assignment = await testDb().mentorAssignment.findUniqueOrThrow({
      where: { id: world.assignment.id },
    });
    expect(assignment.status).toBe("ENDED");
    expect(assignment.endsOn).not.toBeNull();
    const sessions = await testDb().coachingSession.findMany({
      where: { id: { in: [upcoming.id, held.id] } },
      select: { id: true, status: true },
    });
    expect(Object.fromEntries(sessions.map((s) => [s.id, s.status]))).toEqual({
      [upcoming.id]: "CANCELLED",
      [held.id]: "CONFIRMED",
    });
    expect(await auditEventsOf("enrolment.graduate", world.officer.user.id)).toHaveLength(1);
    expect(await testDb().notification.count({ where: { userId: world.mentor.user.id } })).toBe(1);
    expect(await testDb().notification.count({ where: { userId: world.founder.user.id } })).toBe(1);
  });

  it("needs a reason, and treats a graduated or withdrawn enrolment as final", async () => {
    const world = await buildCohortWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const noReason = await changeEnrolmentStatus({
      organisation: world.hkstp.slug,
      enrolmentId: world.enrolment.id,
      to: "WITHDRAWN",
      reason: " ",
    });
    expect(noReason.validationErrors).toBeDefined();
    await changeEnrolmentStatus({
      organisation: world.hkstp.slug,
      enrolmentId: world.enrolment.id,
      to: "WITHDRAWN",
      reason: "R&D moved to Shenzhen; no longer at the Science Park.",
    });
    const again = await changeEnrolmentStatus({
      organisation: world.hkstp.slug,
      enrolmentId: world.enrolment.id,
      to: "GRADUATED",
      reason: "Actually they graduated after all.",
    });
    expect(again.serverError).toEqual({
      code: "CONFLICT",
      message: "A withdrawn enrolment is final: it cannot be graduated.",
    });
  });

  it("answers 404 for another operator's enrolment and changes nothing", async () => {
    const world = await buildCohortWorld();
    auth.user = await sessionUserFor(world.foreignOfficer.user.id);
    const before = await cohortRowCounts();
    const result = await changeEnrolmentStatus({
      organisation: world.cuhk.slug,
      enrolmentId: world.enrolment.id,
      to: "WITHDRAWN",
      reason: "Trying another tenant's record.",
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await cohortRowCounts()).toEqual(before);
  });
});

describe("updateSupportPlan", () => {
  it("records the needs and languages, audited with before and after", async () => {
    const world = await buildCohortWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await updateSupportPlan({
      organisation: world.hkstp.slug,
      enrolmentId: world.enrolment.id,
      supportNeeds: ["CLINICAL", "CLINICAL", "IP"],
      workingLanguages: ["cmn"],
    });
    expect(result.serverError).toBeUndefined();
    expect(
      await testDb().enrolment.findUniqueOrThrow({
        where: { id: world.enrolment.id },
        select: { supportNeeds: true, workingLanguages: true },
      }),
    ).toEqual({ supportNeeds: ["CLINICAL", "IP"], workingLanguages: ["cmn"] });
    const [event] = await auditEventsOf("enrolment.support_plan", world.officer.user.id);
    expect(event?.before).toEqual({
      supportNeeds: ["REGULATORY", "MANUFACTURING", "FUNDRAISING"],
      workingLanguages: ["yue"],
    });
  });

  it("is refused to a mentor (FORBIDDEN) and to another tenant (404)", async () => {
    const world = await buildCohortWorld();
    const before = await cohortRowCounts();
    auth.user = await sessionUserFor(world.mentor.user.id);
    const input = {
      enrolmentId: world.enrolment.id,
      supportNeeds: ["IP" as const],
      workingLanguages: [],
    };
    expect(
      (await updateSupportPlan({ organisation: world.hkstp.slug, ...input })).serverError,
    ).toMatchObject({ code: "FORBIDDEN" });
    auth.user = await sessionUserFor(world.foreignOfficer.user.id);
    expect(
      (await updateSupportPlan({ organisation: world.cuhk.slug, ...input })).serverError,
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await cohortRowCounts()).toEqual(before);
  });
});

describe("cohort reads", () => {
  it("lists every enrolment with mentors, last session and next milestone; and accepted start-ups not yet enrolled", async () => {
    const world = await buildCohortWorld();
    const heldAt = new Date(Date.now() - 3 * 86_400_000);
    await createCoachingSession(testDb(), {
      assignmentId: world.assignment.id,
      status: "LOGGED",
      startsAt: heldAt,
    });
    await createMilestone(testDb(), {
      enrolmentId: world.enrolment.id,
      organisationId: world.hkstp.id,
      title: "Pre-IND meeting with the FDA",
    });
    const waiting = await acceptedApplication(world.hkstp.id, world.programme.id);
    const { items: rows } = await runWithTenant(
      { userId: world.officer.user.id, organisationId: world.hkstp.id },
      () => listCohort(world.hkstp.id),
    );
    expect(rows.map((row) => row.id).sort()).toEqual(
      [world.enrolment.id, world.otherEnrolment.id].sort(),
    );
    const pokfulam = rows.find((row) => row.id === world.enrolment.id);
    expect(pokfulam).toMatchObject({
      mentorNames: ["Dr Winnie Lam"],
      lastSessionAt: heldAt,
      nextMilestone: { title: "Pre-IND meeting with the FDA" },
    });
    const unenrolled = await runWithTenant(
      { userId: world.officer.user.id, organisationId: world.hkstp.id },
      () => listAcceptedUnenrolled(world.hkstp.id),
    );
    expect(unenrolled.map((application) => application.id)).toEqual([waiting.id]);
  });
});
