import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { assessMilestone } from "@/lib/actions/milestones/assess-milestone";
import { delayMilestone } from "@/lib/actions/milestones/delay-milestone";
import { markMilestoneMissed } from "@/lib/actions/milestones/mark-milestone-missed";
import { signOffMilestone } from "@/lib/actions/milestones/sign-off-milestone";
import { startMilestone } from "@/lib/actions/milestones/start-milestone";
import { submitMilestoneEvidence } from "@/lib/actions/milestones/submit-milestone-evidence";
import { daysFrom, hongKongDay } from "../../factories/sequence";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { buildMilestoneWorld, milestoneOf, noticesFor } from "./milestone-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const signIn = async (userId: string) => {
  auth.user = await sessionUserFor(userId);
};
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const timelineOf = (milestoneId: string) =>
  testDb().milestoneStatusChange.findMany({
    where: { milestoneId },
    orderBy: { createdAt: "asc" },
    select: { fromStatus: true, toStatus: true, actorId: true, reason: true },
  });

describe("moving a milestone along", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("starts, delays with a revised date (officers told), and resumes", async () => {
    const world = await buildMilestoneWorld();
    const milestone = await world.milestone("PLANNED");
    await signIn(world.founder.user.id);
    expect(
      (await startMilestone({ organisation: world.startup.slug, milestoneId: milestone.id }))
        .serverError,
    ).toBeUndefined();
    const revised = isoDay(daysFrom(hongKongDay(), 60));
    const reason = "The CRO moved the study slot to January.";
    const delayed = await delayMilestone({
      organisation: world.startup.slug,
      milestoneId: milestone.id,
      reason,
      dueOn: revised,
    });
    expect(delayed.serverError).toBeUndefined();
    expect(await milestoneOf(milestone.id)).toMatchObject({
      status: "DELAYED",
      dueOn: new Date(`${revised}T00:00:00Z`),
    });
    const notices = await noticesFor([world.officer.user.id, world.secondOfficer.user.id]);
    expect(notices.map((n) => n.userId).sort()).toEqual(
      [world.officer.user.id, world.secondOfficer.user.id].sort(),
    );
    expect(notices[0]).toMatchObject({
      title: `Delayed: ${milestone.title}`,
      link: `/${world.hkstp.slug}/milestones/${world.enrolment.id}/${milestone.id}`,
      organisationId: world.startup.id,
    });

    await signIn(world.officer.user.id);
    const resumed = await startMilestone({
      organisation: world.hkstp.slug,
      milestoneId: milestone.id,
    });
    expect(resumed.data).toMatchObject({ status: "IN_PROGRESS" });
    expect(await timelineOf(milestone.id)).toEqual([
      {
        fromStatus: "PLANNED",
        toStatus: "IN_PROGRESS",
        actorId: world.founder.user.id,
        reason: null,
      },
      { fromStatus: "IN_PROGRESS", toStatus: "DELAYED", actorId: world.founder.user.id, reason },
      {
        fromStatus: "DELAYED",
        toStatus: "IN_PROGRESS",
        actorId: world.officer.user.id,
        reason: null,
      },
    ]);
    expect(await auditEventsOf("milestone.delay", world.founder.user.id)).toHaveLength(1);
  });

  it("refuses a revised due date in the past", async () => {
    const world = await buildMilestoneWorld();
    const milestone = await world.milestone("IN_PROGRESS");
    await signIn(world.founder.user.id);
    const result = await delayMilestone({
      organisation: world.startup.slug,
      milestoneId: milestone.id,
      reason: "We are late and want an earlier date?",
      dueOn: isoDay(daysFrom(hongKongDay(), -1)),
    });
    expect(result.serverError).toMatchObject({ code: "INVALID" });
    expect((await milestoneOf(milestone.id)).status).toBe("IN_PROGRESS");
  });

  it("submits evidence: a new evidence entry, officers and the assigned mentor told", async () => {
    const world = await buildMilestoneWorld();
    const milestone = await world.milestone("IN_PROGRESS", { requiresMentorSignOff: true });
    await signIn(world.founder.user.id);
    const note = "Minutes of the Type B pre-IND meeting with the FDA, received 12 Nov.";
    const result = await submitMilestoneEvidence({
      organisation: world.startup.slug,
      milestoneId: milestone.id,
      note,
    });
    expect(result.serverError).toBeUndefined();
    const row = await milestoneOf(milestone.id);
    expect(row.status).toBe("SUBMITTED");
    expect(row.submittedAt).not.toBeNull();
    const evidence = await testDb().milestoneEvidence.findMany({
      where: { milestoneId: milestone.id },
    });
    expect(evidence).toEqual([
      expect.objectContaining({
        id: result.data?.evidenceId,
        note,
        submittedById: world.founder.user.id,
        organisationId: world.hkstp.id,
      }),
    ]);
    const told = await noticesFor([
      world.officer.user.id,
      world.secondOfficer.user.id,
      world.mentor.user.id,
      world.otherMentor.user.id,
      world.admin.user.id,
    ]);
    expect(told.map((n) => [n.userId, n.title]).sort()).toEqual(
      [
        [world.officer.user.id, `Evidence to assess: ${milestone.title}`],
        [world.secondOfficer.user.id, `Evidence to assess: ${milestone.title}`],
        [world.mentor.user.id, `Sign-off requested: ${milestone.title}`],
      ].sort(),
    );
  });

  it("accepts evidence as achieved and tells the start-up's people", async () => {
    const world = await buildMilestoneWorld();
    const milestone = await world.milestone("SUBMITTED");
    await signIn(world.officer.user.id);
    const result = await assessMilestone({
      organisation: world.hkstp.slug,
      milestoneId: milestone.id,
      outcome: "ACCEPT",
      comment: "Minutes reviewed; the FDA agreed the tox package.",
    });
    expect(result.data).toMatchObject({ status: "ACHIEVED" });
    expect(await milestoneOf(milestone.id)).toMatchObject({
      status: "ACHIEVED",
      assessedById: world.officer.user.id,
      assessmentComment: "Minutes reviewed; the FDA agreed the tox package.",
    });
    expect((await milestoneOf(milestone.id)).achievedAt).not.toBeNull();
    const told = await noticesFor([world.founder.user.id, world.cofounder.user.id]);
    expect(told.map((n) => n.userId).sort()).toEqual(
      [world.founder.user.id, world.cofounder.user.id].sort(),
    );
    expect(told[0]).toMatchObject({
      title: `Achieved: ${milestone.title}`,
      link: `/${world.startup.slug}/milestones/${world.enrolment.id}/${milestone.id}`,
    });
    expect(await auditEventsOf("milestone.accept", world.officer.user.id)).toHaveLength(1);
  });

  it("blocks acceptance until the assigned mentor signs off; a mentor not assigned cannot", async () => {
    const world = await buildMilestoneWorld();
    const milestone = await world.milestone("SUBMITTED", { requiresMentorSignOff: true });
    await signIn(world.officer.user.id);
    const early = await assessMilestone({
      organisation: world.hkstp.slug,
      milestoneId: milestone.id,
      outcome: "ACCEPT",
    });
    expect(early.serverError).toMatchObject({ code: "CONFLICT" });
    expect((early.serverError as { message: string }).message).toMatch(/sign-off/);
    expect((await milestoneOf(milestone.id)).status).toBe("SUBMITTED");

    await signIn(world.otherMentor.user.id);
    const unassigned = await signOffMilestone({
      organisation: world.hkstp.slug,
      milestoneId: milestone.id,
    });
    expect(unassigned.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect((await milestoneOf(milestone.id)).mentorSignedOffAt).toBeNull();

    await signIn(world.mentor.user.id);
    const signed = await signOffMilestone({
      organisation: world.hkstp.slug,
      milestoneId: milestone.id,
    });
    expect(signed.serverError).toBeUndefined();
    expect(await milestoneOf(milestone.id)).toMatchObject({
      mentorSignedOffById: world.mentor.user.id,
      status: "SUBMITTED",
    });
    expect(await auditEventsOf("milestone.sign_off", world.mentor.user.id)).toHaveLength(1);
    const twice = await signOffMilestone({
      organisation: world.hkstp.slug,
      milestoneId: milestone.id,
    });
    expect(twice.serverError).toMatchObject({ code: "CONFLICT" });

    await signIn(world.officer.user.id);
    const accepted = await assessMilestone({
      organisation: world.hkstp.slug,
      milestoneId: milestone.id,
      outcome: "ACCEPT",
    });
    expect(accepted.data).toMatchObject({ status: "ACHIEVED" });
  });

  it("refuses a sign-off from a mentor whose assignment has ended", async () => {
    const world = await buildMilestoneWorld();
    const milestone = await world.milestone("SUBMITTED", { requiresMentorSignOff: true });
    await testDb().mentorAssignment.updateMany({
      where: { enrolmentId: world.enrolment.id, mentorId: world.mentor.user.id },
      data: { status: "ENDED" },
    });
    await signIn(world.mentor.user.id);
    const result = await signOffMilestone({
      organisation: world.hkstp.slug,
      milestoneId: milestone.id,
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect((await milestoneOf(milestone.id)).mentorSignedOffAt).toBeNull();
  });

  it("returns evidence with comments: back in progress, the sign-off cleared, then resubmitted", async () => {
    const world = await buildMilestoneWorld();
    const milestone = await world.milestone("SUBMITTED", {
      requiresMentorSignOff: true,
      mentorSignedOffById: null,
    });
    await testDb().milestone.update({
      where: { id: milestone.id },
      data: { mentorSignedOffById: world.mentor.user.id, mentorSignedOffAt: new Date() },
    });
    await signIn(world.officer.user.id);
    const withoutComment = await assessMilestone({
      organisation: world.hkstp.slug,
      milestoneId: milestone.id,
      outcome: "RETURN",
    });
    expect(withoutComment.validationErrors).toBeDefined();
    const comment = "Attach the signed minutes, not the draft agenda.";
    const returned = await assessMilestone({
      organisation: world.hkstp.slug,
      milestoneId: milestone.id,
      outcome: "RETURN",
      comment,
    });
    expect(returned.data).toMatchObject({ status: "IN_PROGRESS" });
    expect(await milestoneOf(milestone.id)).toMatchObject({
      status: "IN_PROGRESS",
      assessmentComment: comment,
      mentorSignedOffById: null,
      mentorSignedOffAt: null,
    });
    expect((await noticesFor([world.founder.user.id]))[0]?.title).toBe(
      `Returned for more evidence: ${milestone.title}`,
    );
    await signIn(world.founder.user.id);
    const again = await submitMilestoneEvidence({
      organisation: world.startup.slug,
      milestoneId: milestone.id,
      note: "Signed minutes attached, as asked.",
    });
    expect(again.serverError).toBeUndefined();
    expect(await timelineOf(milestone.id)).toEqual([
      {
        fromStatus: "SUBMITTED",
        toStatus: "IN_PROGRESS",
        actorId: world.officer.user.id,
        reason: comment,
      },
      {
        fromStatus: "IN_PROGRESS",
        toStatus: "SUBMITTED",
        actorId: world.founder.user.id,
        reason: null,
      },
    ]);
  });

  it("marks a milestone missed (final) and the start-up cannot", async () => {
    const world = await buildMilestoneWorld();
    const milestone = await world.milestone("DELAYED");
    await signIn(world.founder.user.id);
    const byFounder = await markMilestoneMissed({
      organisation: world.startup.slug,
      milestoneId: milestone.id,
      reason: "We would rather close it ourselves.",
    });
    expect(byFounder.serverError).toMatchObject({ code: "FORBIDDEN" });

    await signIn(world.officer.user.id);
    const reason = "The company chose an NMPA-first strategy; the FDA IND is deferred.";
    const missed = await markMilestoneMissed({
      organisation: world.hkstp.slug,
      milestoneId: milestone.id,
      reason,
    });
    expect(missed.data).toMatchObject({ status: "MISSED" });
    expect(await milestoneOf(milestone.id)).toMatchObject({
      status: "MISSED",
      assessmentComment: reason,
    });
    const reopened = await startMilestone({
      organisation: world.hkstp.slug,
      milestoneId: milestone.id,
    });
    expect(reopened.serverError).toMatchObject({ code: "CONFLICT" });
  });

  it("keeps the start-up from deciding: submitting twice or accepting is refused", async () => {
    const world = await buildMilestoneWorld();
    const milestone = await world.milestone("SUBMITTED");
    await signIn(world.founder.user.id);
    const again = await submitMilestoneEvidence({
      organisation: world.startup.slug,
      milestoneId: milestone.id,
      note: "More of the same evidence, again.",
    });
    expect(again.serverError).toMatchObject({ code: "CONFLICT" });
    const accept = await assessMilestone({
      organisation: world.startup.slug,
      milestoneId: milestone.id,
      outcome: "ACCEPT",
    });
    expect(accept.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb().milestoneEvidence.count({ where: { milestoneId: milestone.id } })).toBe(
      0,
    );
    expect((await milestoneOf(milestone.id)).status).toBe("SUBMITTED");
  });

  it("answers NOT_FOUND to another operator's officer and another start-up, changing nothing", async () => {
    const world = await buildMilestoneWorld();
    const submitted = await world.milestone("SUBMITTED");
    const planned = await world.milestone("PLANNED");
    const before = [await milestoneOf(submitted.id), await milestoneOf(planned.id)];
    await signIn(world.cuhkOfficer.user.id);
    for (const run of [
      () =>
        assessMilestone({
          organisation: world.cuhk.slug,
          milestoneId: submitted.id,
          outcome: "ACCEPT",
        }),
      () =>
        markMilestoneMissed({
          organisation: world.cuhk.slug,
          milestoneId: planned.id,
          reason: "Closing another operator's milestone.",
        }),
      () => startMilestone({ organisation: world.cuhk.slug, milestoneId: planned.id }),
    ]) {
      expect((await run()).serverError).toMatchObject({ code: "NOT_FOUND" });
    }
    await signIn(world.otherFounder.user.id);
    const foreignEvidence = await submitMilestoneEvidence({
      organisation: world.otherStartup.slug,
      milestoneId: planned.id,
      note: "Evidence for someone else's milestone.",
    });
    expect(foreignEvidence.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect([await milestoneOf(submitted.id), await milestoneOf(planned.id)]).toEqual(before);
    expect(
      await testDb().milestoneStatusChange.count({
        where: { milestoneId: { in: [submitted.id, planned.id] } },
      }),
    ).toBe(0);
  });
});
