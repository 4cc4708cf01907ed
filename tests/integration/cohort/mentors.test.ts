import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { assignMentor } from "@/lib/actions/mentors/assign-mentor";
import { endMentorAssignment } from "@/lib/actions/mentors/end-mentor-assignment";
import { updateMentorProfile } from "@/lib/actions/mentors/update-mentor-profile";
import { getOwnMentorProfile } from "@/lib/data/mentors/get-own-mentor-profile";
import { listMentorPool } from "@/lib/data/mentors/list-mentor-pool";
import { suggestMentors } from "@/lib/data/mentors/suggest-mentors";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createCoachingSession, createMentorAssignment } from "../../factories/coaching";
import { createEnrolment } from "../../factories/enrolments";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { buildCohortWorld, cohortRowCounts } from "./cohort-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const activeAssignments = (enrolmentId: string) =>
  testDb().mentorAssignment.findMany({
    where: { enrolmentId, status: "ACTIVE" },
    select: { mentorId: true },
    orderBy: { createdAt: "asc" },
  });

describe("assignMentor", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("assigns a mentor from today and tells the mentor and the founders", async () => {
    const world = await buildCohortWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await assignMentor({
      organisation: world.hkstp.slug,
      enrolmentId: world.enrolment.id,
      mentorId: world.idleMentor.user.id,
    });
    expect(result.serverError).toBeUndefined();
    expect(await activeAssignments(world.enrolment.id)).toEqual([
      { mentorId: world.mentor.user.id },
      { mentorId: world.idleMentor.user.id },
    ]);
    expect(await auditEventsOf("mentor.assign", world.officer.user.id)).toHaveLength(1);
    const mentorNotice = await testDb().notification.findFirstOrThrow({
      where: { userId: world.idleMentor.user.id },
    });
    expect(mentorNotice.link).toBe(`/${world.hkstp.slug}/mentoring/${world.enrolment.id}`);
    for (const founder of [world.founder, world.coFounder]) {
      expect(
        await testDb().notification.count({ where: { userId: founder.user.id, kind: "COACHING" } }),
      ).toBe(1);
    }
  });

  it("refuses a mentor already assigned, a mentor with no free place, and someone who is not a mentor", async () => {
    const world = await buildCohortWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const again = await assignMentor({
      organisation: world.hkstp.slug,
      enrolmentId: world.enrolment.id,
      mentorId: world.mentor.user.id,
    });
    expect(again.serverError).toMatchObject({ code: "CONFLICT" });

    // The idle mentor takes two start-ups at most.
    for (let index = 0; index < 2; index++) {
      await createMentorAssignment(testDb(), {
        organisationId: world.hkstp.id,
        mentorId: world.idleMentor.user.id,
      });
    }
    const full = await assignMentor({
      organisation: world.hkstp.slug,
      enrolmentId: world.enrolment.id,
      mentorId: world.idleMentor.user.id,
    });
    expect(full.serverError).toEqual({
      code: "CONFLICT",
      message:
        "Idle Mentor has no free place (2 of 2 used). Choose another mentor, or ask them to raise their capacity on their profile.",
    });

    const notMentor = await assignMentor({
      organisation: world.hkstp.slug,
      enrolmentId: world.enrolment.id,
      mentorId: world.officer.user.id,
    });
    expect(notMentor.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await activeAssignments(world.enrolment.id)).toEqual([
      { mentorId: world.mentor.user.id },
    ]);
  });

  it("does not count assignments on graduated start-ups towards the load", async () => {
    const world = await buildCohortWorld();
    for (let index = 0; index < 2; index++) {
      const graduated = await createEnrolment(testDb(), {
        organisationId: world.hkstp.id,
        status: "GRADUATED",
        statusReason: "Done",
      });
      await createMentorAssignment(testDb(), {
        organisationId: world.hkstp.id,
        enrolmentId: graduated.id,
        mentorId: world.idleMentor.user.id,
      });
    }
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await assignMentor({
      organisation: world.hkstp.slug,
      enrolmentId: world.enrolment.id,
      mentorId: world.idleMentor.user.id,
    });
    expect(result.serverError).toBeUndefined();
  });

  it("answers another operator's officer with 404, and a mentor with FORBIDDEN, changing nothing", async () => {
    const world = await buildCohortWorld();
    const before = await cohortRowCounts();
    auth.user = await sessionUserFor(world.foreignOfficer.user.id);
    const foreign = await assignMentor({
      organisation: world.cuhk.slug,
      enrolmentId: world.enrolment.id,
      mentorId: world.idleMentor.user.id,
    });
    expect(foreign.serverError).toMatchObject({ code: "NOT_FOUND" });
    auth.user = await sessionUserFor(world.mentor.user.id);
    const byMentor = await assignMentor({
      organisation: world.hkstp.slug,
      enrolmentId: world.enrolment.id,
      mentorId: world.idleMentor.user.id,
    });
    expect(byMentor.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(await cohortRowCounts()).toEqual(before);
  });
});

describe("endMentorAssignment", () => {
  it("ends the assignment and cancels the mentor's scheduled sessions with that start-up", async () => {
    const world = await buildCohortWorld();
    const scheduled = await createCoachingSession(testDb(), {
      assignmentId: world.assignment.id,
      status: "SCHEDULED",
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await endMentorAssignment({
      organisation: world.hkstp.slug,
      assignmentId: world.assignment.id,
    });
    expect(result.serverError).toBeUndefined();
    expect(
      (await testDb().mentorAssignment.findUniqueOrThrow({ where: { id: world.assignment.id } }))
        .status,
    ).toBe("ENDED");
    expect(
      (await testDb().coachingSession.findUniqueOrThrow({ where: { id: scheduled.id } })).status,
    ).toBe("CANCELLED");
    const again = await endMentorAssignment({
      organisation: world.hkstp.slug,
      assignmentId: world.assignment.id,
    });
    expect(again.serverError).toMatchObject({ code: "CONFLICT" });
    expect(await auditEventsOf("mentor.unassign", world.officer.user.id)).toHaveLength(1);
  });

  it("answers 404 for another operator's assignment", async () => {
    const world = await buildCohortWorld();
    const before = await cohortRowCounts();
    auth.user = await sessionUserFor(world.foreignOfficer.user.id);
    const result = await endMentorAssignment({
      organisation: world.cuhk.slug,
      assignmentId: world.assignment.id,
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await cohortRowCounts()).toEqual(before);
  });
});

describe("updateMentorProfile", () => {
  it("creates, then updates, the signed-in mentor's own profile only", async () => {
    const world = await buildCohortWorld();
    auth.user = await sessionUserFor(world.otherMentor.user.id);
    const input = {
      organisation: world.hkstp.slug,
      headline: "  NMPA registration and GBA market access ",
      bio: "",
      expertise: ["REGULATORY" as const, "CLINICAL" as const],
      therapeuticAreas: ["TCM_MODERNISATION" as const],
      languages: ["cmn", "en"],
      capacity: 4,
    };
    expect((await updateMentorProfile(input)).serverError).toBeUndefined();
    expect((await updateMentorProfile({ ...input, capacity: 1 })).serverError).toBeUndefined();
    const profiles = await testDb().mentorProfile.findMany({
      where: { userId: world.otherMentor.user.id },
    });
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({
      organisationId: world.hkstp.id,
      headline: "NMPA registration and GBA market access",
      bio: null,
      expertise: ["REGULATORY", "CLINICAL"],
      languages: ["cmn", "en"],
      capacity: 1,
    });
    expect(await auditEventsOf("mentor_profile.create", world.otherMentor.user.id)).toHaveLength(1);
    expect(await auditEventsOf("mentor_profile.update", world.otherMentor.user.id)).toHaveLength(1);
    const own = await runWithTenant(
      { userId: world.otherMentor.user.id, organisationId: world.hkstp.id },
      () => getOwnMentorProfile(world.hkstp.id, world.otherMentor.user.id),
    );
    expect(own).toMatchObject({ profile: { capacity: 1 }, load: 1 });
  });

  it("is refused to an officer and validates what the mentor gives", async () => {
    const world = await buildCohortWorld();
    const input = {
      organisation: world.hkstp.slug,
      headline: "",
      bio: "",
      expertise: [],
      therapeuticAreas: [],
      languages: ["en"],
      capacity: 3,
    };
    auth.user = await sessionUserFor(world.officer.user.id);
    expect((await updateMentorProfile({ ...input, expertise: ["IP"] })).serverError).toMatchObject({
      code: "FORBIDDEN",
    });
    auth.user = await sessionUserFor(world.mentor.user.id);
    expect((await updateMentorProfile(input)).validationErrors).toBeDefined();
  });
});

describe("mentor pool and matching", () => {
  it("ranks the pool for a start-up with reasons, leaving out its current mentor", async () => {
    const world = await buildCohortWorld();
    const result = await runWithTenant(
      { userId: world.officer.user.id, organisationId: world.hkstp.id },
      () => suggestMentors(world.hkstp.id, world.enrolment.id),
    );
    expect(result).not.toBeNull();
    const names = result!.suggestions.map((suggestion) => suggestion.mentor.userId);
    expect(names).not.toContain(world.mentor.user.id);
    expect(names).toContain(world.idleMentor.user.id);
    expect(names).toContain(world.otherMentor.user.id);
    const idle = result!.suggestions.find((s) => s.mentor.userId === world.idleMentor.user.id);
    expect(idle?.reasons).toEqual([
      "Expertise matches none of the 3 needs",
      "No experience listed in Cell & gene therapy and Oncology",
      "Shares no working language with the team",
      "0 of 2 places used",
    ]);
    const foreign = await runWithTenant(
      { userId: world.foreignOfficer.user.id, organisationId: world.cuhk.id },
      () => suggestMentors(world.cuhk.id, world.enrolment.id),
    );
    expect(foreign).toBeNull();
  });

  it("lists the pool with load and capacity (no profile: default capacity)", async () => {
    const world = await buildCohortWorld();
    const pool = await runWithTenant(
      { userId: world.officer.user.id, organisationId: world.hkstp.id },
      () => listMentorPool(world.hkstp.id),
    );
    const byId = new Map(pool.items.map((entry) => [entry.id, entry]));
    expect(byId.get(world.mentor.user.id)).toMatchObject({
      load: 1,
      capacity: 3,
      startups: [{ enrolmentId: world.enrolment.id, name: "Pok Fu Lam Cell Therapeutics" }],
    });
    expect(byId.get(world.otherMentor.user.id)).toMatchObject({ profile: null, capacity: 3 });
    expect(byId.has(world.foreignMentor.user.id)).toBe(false);
  });
});
