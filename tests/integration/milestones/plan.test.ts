import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { addMilestonesFromTemplates } from "@/lib/actions/milestones/add-milestones-from-templates";
import { createMilestone } from "@/lib/actions/milestones/create-milestone";
import { removeMilestone } from "@/lib/actions/milestones/remove-milestone";
import { reorderMilestones } from "@/lib/actions/milestones/reorder-milestones";
import { updateMilestone } from "@/lib/actions/milestones/update-milestone";
import { createDisbursement, createGrantWithBuckets } from "../../factories/grants";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { buildMilestoneWorld, milestoneOf } from "./milestone-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const signIn = async (userId: string) => {
  auth.user = await sessionUserFor(userId);
};
const platformTemplate = (key: string) =>
  testDb().milestoneTemplate.findFirstOrThrow({ where: { organisationId: null, key } });
const planOf = (enrolmentId: string) =>
  testDb().milestone.findMany({
    where: { enrolmentId },
    orderBy: { position: "asc" },
    select: { id: true, title: true, position: true, status: true },
  });

describe("milestone plans", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("has the platform's pathway templates in every database", async () => {
    const keys = await testDb().milestoneTemplate.findMany({
      where: { organisationId: null },
      select: { key: true },
    });
    expect(keys.map((row) => row.key)).toEqual(
      expect.arrayContaining([
        "PRE_IND_MEETING",
        "IND_FILING_FDA",
        "CTA_FILING_EMA",
        "IND_FILING_NMPA",
        "FIRST_PATIENT_DOSED",
        "GMP_BATCH_RELEASE",
        "GBA_URGENT_CLINICAL_USE",
        "SERIES_A",
        "HKEX_18A_LISTING",
      ]),
    );
  });

  it("lets the founder add templates: due dates from the offsets, the sign-off kept, a timeline entry", async () => {
    const world = await buildMilestoneWorld();
    const preInd = await platformTemplate("PRE_IND_MEETING");
    const seriesA = await platformTemplate("SERIES_A");
    await signIn(world.founder.user.id);
    const result = await addMilestonesFromTemplates({
      organisation: world.startup.slug,
      enrolmentId: world.enrolment.id,
      items: [{ templateId: seriesA.id }, { templateId: preInd.id, dueOn: "2027-01-15" }],
    });
    expect(result.serverError).toBeUndefined();
    const rows = await testDb().milestone.findMany({
      where: { enrolmentId: world.enrolment.id },
      orderBy: { position: "asc" },
      select: {
        title: true,
        organisationId: true,
        dueOn: true,
        status: true,
        position: true,
        requiresMentorSignOff: true,
        templateId: true,
        statusChanges: { select: { fromStatus: true, toStatus: true, actorId: true } },
      },
    });
    // Template order (by offset): the pre-IND meeting (chosen date) first, then Series A
    // (enrolment start 2 Jul 2026 + 730 days).
    expect(rows).toEqual([
      {
        title: preInd.title,
        organisationId: world.hkstp.id,
        dueOn: new Date("2027-01-15T00:00:00Z"),
        status: "PLANNED",
        position: 0,
        requiresMentorSignOff: true,
        templateId: preInd.id,
        statusChanges: [{ fromStatus: null, toStatus: "PLANNED", actorId: world.founder.user.id }],
      },
      {
        title: seriesA.title,
        organisationId: world.hkstp.id,
        dueOn: new Date("2028-07-01T00:00:00Z"),
        status: "PLANNED",
        position: 1,
        requiresMentorSignOff: false,
        templateId: seriesA.id,
        statusChanges: [{ fromStatus: null, toStatus: "PLANNED", actorId: world.founder.user.id }],
      },
    ]);
    expect(await auditEventsOf("milestone.create", world.founder.user.id)).toHaveLength(2);

    const again = await addMilestonesFromTemplates({
      organisation: world.startup.slug,
      enrolmentId: world.enrolment.id,
      items: [{ templateId: seriesA.id }],
    });
    expect(again.serverError).toMatchObject({ code: "CONFLICT" });
    expect(await planOf(world.enrolment.id)).toHaveLength(2);
  });

  it("lets the officer write one by hand with a sign-off; the founder's own never asks for one", async () => {
    const world = await buildMilestoneWorld();
    await signIn(world.officer.user.id);
    const byOfficer = await createMilestone({
      organisation: world.hkstp.slug,
      enrolmentId: world.enrolment.id,
      category: "MANUFACTURING_GMP",
      title: "GMP engineering run at HKSTP GMP Facilities",
      dueOn: "2027-03-31",
      requiresMentorSignOff: true,
    });
    expect(byOfficer.serverError).toBeUndefined();
    await signIn(world.founder.user.id);
    const byFounder = await createMilestone({
      organisation: world.startup.slug,
      enrolmentId: world.enrolment.id,
      category: "RESEARCH",
      title: "Lead construct selected",
      dueOn: "2026-10-30",
      requiresMentorSignOff: true,
    });
    expect(byFounder.serverError).toBeUndefined();
    const rows = await testDb().milestone.findMany({
      where: { enrolmentId: world.enrolment.id },
      orderBy: { position: "asc" },
      select: { title: true, position: true, requiresMentorSignOff: true },
    });
    expect(rows).toEqual([
      {
        title: "GMP engineering run at HKSTP GMP Facilities",
        position: 0,
        requiresMentorSignOff: true,
      },
      { title: "Lead construct selected", position: 1, requiresMentorSignOff: false },
    ]);
  });

  it("refuses a due date before the enrolment starts", async () => {
    const world = await buildMilestoneWorld();
    await signIn(world.founder.user.id);
    const result = await createMilestone({
      organisation: world.startup.slug,
      enrolmentId: world.enrolment.id,
      category: "RESEARCH",
      title: "Lead construct selected",
      dueOn: "2026-06-30",
    });
    expect(result.serverError).toMatchObject({ code: "INVALID" });
    expect(await planOf(world.enrolment.id)).toEqual([]);
  });

  it("edits while planned or in progress, keeping the officer's sign-off requirement from the founder", async () => {
    const world = await buildMilestoneWorld();
    const planned = await world.milestone("PLANNED", { requiresMentorSignOff: true });
    await signIn(world.founder.user.id);
    const result = await updateMilestone({
      organisation: world.startup.slug,
      milestoneId: planned.id,
      category: "REGULATORY",
      title: "Pre-IND meeting with the FDA held",
      description: "Type B meeting; minutes received.",
      dueOn: "2027-02-26",
      requiresMentorSignOff: false,
    });
    expect(result.serverError).toBeUndefined();
    expect(await milestoneOf(planned.id)).toMatchObject({
      title: "Pre-IND meeting with the FDA held",
      category: "REGULATORY",
      description: "Type B meeting; minutes received.",
      dueOn: new Date("2027-02-26T00:00:00Z"),
      requiresMentorSignOff: true,
    });

    await signIn(world.officer.user.id);
    const byOfficer = await updateMilestone({
      organisation: world.hkstp.slug,
      milestoneId: planned.id,
      category: "REGULATORY",
      title: "Pre-IND meeting with the FDA held",
      dueOn: "2027-02-26",
      requiresMentorSignOff: false,
    });
    expect(byOfficer.serverError).toBeUndefined();
    expect((await milestoneOf(planned.id)).requiresMentorSignOff).toBe(false);
    expect(await auditEventsOf("milestone.update", world.officer.user.id)).toHaveLength(1);
  });

  it("does not edit a milestone once evidence is in", async () => {
    const world = await buildMilestoneWorld();
    for (const status of ["SUBMITTED", "ACHIEVED", "DELAYED", "MISSED"] as const) {
      const milestone = await world.milestone(status);
      await signIn(world.founder.user.id);
      const result = await updateMilestone({
        organisation: world.startup.slug,
        milestoneId: milestone.id,
        category: "CLINICAL",
        title: "Changed after the fact",
        dueOn: "2027-12-31",
      });
      expect(result.serverError).toMatchObject({ code: "CONFLICT" });
      expect((await milestoneOf(milestone.id)).title).toBe(milestone.title);
    }
  });

  it("reorders the whole plan, and refuses a stale order", async () => {
    const world = await buildMilestoneWorld();
    const first = await world.milestone("PLANNED", { position: 0, title: "First" });
    const second = await world.milestone("IN_PROGRESS", { position: 1, title: "Second" });
    const third = await world.milestone("ACHIEVED", { position: 2, title: "Third" });
    await signIn(world.founder.user.id);
    const result = await reorderMilestones({
      organisation: world.startup.slug,
      enrolmentId: world.enrolment.id,
      milestoneIds: [third.id, first.id, second.id],
    });
    expect(result.serverError).toBeUndefined();
    expect((await planOf(world.enrolment.id)).map((m) => m.title)).toEqual([
      "Third",
      "First",
      "Second",
    ]);

    const stale = await reorderMilestones({
      organisation: world.startup.slug,
      enrolmentId: world.enrolment.id,
      milestoneIds: [first.id, second.id],
    });
    expect(stale.serverError).toMatchObject({ code: "CONFLICT" });
    expect((await planOf(world.enrolment.id)).map((m) => m.title)).toEqual([
      "Third",
      "First",
      "Second",
    ]);
  });

  it("removes only a planned milestone with nothing tied to it", async () => {
    const world = await buildMilestoneWorld();
    const planned = await world.milestone("PLANNED");
    const started = await world.milestone("IN_PROGRESS");
    const gating = await world.milestone("PLANNED", { category: "REGULATORY" });
    const { grant, buckets } = await createGrantWithBuckets(testDb(), {
      organisationId: world.hkstp.id,
      enrolmentId: world.enrolment.id,
    });
    const bucket = buckets.find((b) => b.code === "REGULATORY")!;
    await createDisbursement(testDb(), {
      grantId: grant.id,
      bucketId: bucket.id,
      gatingMilestoneId: gating.id,
      requestedById: world.founder.user.id,
    });
    await signIn(world.founder.user.id);
    const removed = await removeMilestone({
      organisation: world.startup.slug,
      milestoneId: planned.id,
    });
    expect(removed.serverError).toBeUndefined();
    const refused = await removeMilestone({
      organisation: world.startup.slug,
      milestoneId: started.id,
    });
    expect(refused.serverError).toMatchObject({ code: "CONFLICT" });
    const tied = await removeMilestone({
      organisation: world.startup.slug,
      milestoneId: gating.id,
    });
    expect(tied.serverError).toMatchObject({ code: "CONFLICT" });
    expect((await planOf(world.enrolment.id)).map((m) => m.id).sort()).toEqual(
      [started.id, gating.id].sort(),
    );
    expect(await auditEventsOf("milestone.remove", world.founder.user.id)).toHaveLength(1);
  });

  it("answers NOT_FOUND across tenants and start-ups, changing nothing", async () => {
    const world = await buildMilestoneWorld();
    const milestone = await world.milestone("PLANNED");
    const before = await milestoneOf(milestone.id);

    await signIn(world.cuhkOfficer.user.id);
    const foreignEdit = await updateMilestone({
      organisation: world.cuhk.slug,
      milestoneId: milestone.id,
      category: "CLINICAL",
      title: "Taken over",
      dueOn: "2027-12-31",
    });
    expect(foreignEdit.serverError).toMatchObject({ code: "NOT_FOUND" });
    const foreignAdd = await createMilestone({
      organisation: world.cuhk.slug,
      enrolmentId: world.enrolment.id,
      category: "CLINICAL",
      title: "Planted",
      dueOn: "2027-12-31",
    });
    expect(foreignAdd.serverError).toMatchObject({ code: "NOT_FOUND" });

    await signIn(world.otherFounder.user.id);
    const otherStartup = await removeMilestone({
      organisation: world.otherStartup.slug,
      milestoneId: milestone.id,
    });
    expect(otherStartup.serverError).toMatchObject({ code: "NOT_FOUND" });

    expect(await milestoneOf(milestone.id)).toEqual(before);
    expect(await planOf(world.enrolment.id)).toHaveLength(1);
  });

  it("freezes the plan of an enrolment that has ended", async () => {
    const world = await buildMilestoneWorld();
    await testDb().enrolment.update({
      where: { id: world.enrolment.id },
      data: { status: "GRADUATED" },
    });
    await signIn(world.founder.user.id);
    const result = await createMilestone({
      organisation: world.startup.slug,
      enrolmentId: world.enrolment.id,
      category: "RESEARCH",
      title: "Too late",
      dueOn: "2027-03-01",
    });
    expect(result.serverError).toMatchObject({ code: "CONFLICT" });
    expect(await planOf(world.enrolment.id)).toEqual([]);
  });
});
