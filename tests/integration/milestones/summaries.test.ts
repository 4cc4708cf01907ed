// The officer's and mentor's milestone overview at scale: one page of start-ups at a time with
// counts by SQL aggregation, filters, and the queue of evidence to assess.
import { describe, expect, it } from "vitest";
import { listAssessmentQueue } from "@/lib/data/milestones/list-assessment-queue";
import { listMilestoneSummaries } from "@/lib/data/milestones/list-milestone-summaries";
import {
  readMilestoneFilters,
  type MilestoneFilters,
} from "@/lib/data/milestones/milestone-filters";
import type { MilestoneReach } from "@/lib/data/milestones/find-milestone-for-change";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createEnrolment } from "../../factories/enrolments";
import { createMilestone } from "../../factories/milestones";
import { createStartup } from "../../factories/organisations";
import { daysFrom, hongKongDay } from "../../factories/sequence";
import { testDb } from "../../setup/test-database";
import { buildMilestoneWorld, type MilestoneWorld } from "./milestone-world";

const NO_FILTERS: MilestoneFilters = { isOverdueOnly: false };

function asOfficer(world: MilestoneWorld) {
  const reach: MilestoneReach = { side: "OFFICER", organisationId: world.hkstp.id };
  return {
    reach,
    read: <T>(fn: (reach: MilestoneReach) => Promise<T>) =>
      runWithTenant({ userId: world.officer.user.id, organisationId: world.hkstp.id }, () =>
        fn(reach),
      ),
  };
}

/** Three more start-ups with the same name (ties on the first sort key) in the programme. */
async function addTiedStartups(world: MilestoneWorld) {
  const ids: string[] = [];
  for (let index = 0; index < 3; index += 1) {
    const startup = await createStartup(testDb(), {
      name: "Tai Po Tied Therapeutics",
      nameZh: "大埔同名治療",
    });
    const enrolment = await createEnrolment(testDb(), {
      organisationId: world.hkstp.id,
      programmeId: world.programme.id,
      startupId: startup.id,
    });
    ids.push(enrolment.id);
  }
  return ids;
}

describe("the milestone overview per start-up", () => {
  it("pages through every enrolment once, in name then id order, with ties", async () => {
    const world = await buildMilestoneWorld();
    await addTiedStartups(world);
    const officer = asOfficer(world);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await officer.read((reach) =>
        listMilestoneSummaries(reach, NO_FILTERS, cursor, new Date(), 2),
      );
      expect(page.items.length).toBeLessThanOrEqual(2);
      expect(page.totals.startups).toBe(4);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    const expected = await testDb().enrolment.findMany({
      where: { organisationId: world.hkstp.id },
      orderBy: [{ startup: { name: "asc" } }, { id: "asc" }],
      select: { id: true },
    });
    expect(pages).toBe(2);
    expect(seen).toEqual(expected.map((row) => row.id));
    expect(new Set(seen).size).toBe(seen.length);
    // A forged cursor is ignored: the first page again.
    const forged = await officer.read((reach) =>
      listMilestoneSummaries(reach, NO_FILTERS, "not-a-cursor!", new Date(), 2),
    );
    expect(forged.items.map((item) => item.id)).toEqual(seen.slice(0, 2));
  });

  it("counts on-track, due-soon, overdue, achieved and waiting milestones like the database", async () => {
    const world = await buildMilestoneWorld();
    const today = hongKongDay();
    await world.milestone("IN_PROGRESS", { dueOn: daysFrom(today, -3) });
    await world.milestone("DELAYED", { dueOn: daysFrom(today, -1), category: "REGULATORY" });
    await world.milestone("PLANNED", { dueOn: daysFrom(today, 5) });
    await world.milestone("SUBMITTED", { dueOn: daysFrom(today, 40) });
    await world.milestone("PLANNED", { dueOn: daysFrom(today, 60), category: "REGULATORY" });
    await world.milestone("ACHIEVED", { dueOn: daysFrom(today, -30) });
    await world.milestone("MISSED", { dueOn: daysFrom(today, -60) });
    const page = await asOfficer(world).read((reach) =>
      listMilestoneSummaries(reach, NO_FILTERS, undefined),
    );
    const row = page.items.find((item) => item.id === world.enrolment.id);
    expect(row?.counts).toMatchObject({
      total: 7,
      achieved: 1,
      missed: 1,
      awaitingAssessment: 1,
      overdue: 2,
      dueSoon: 1,
      onTrack: 2,
    });
    expect(row?.counts.nextDueOn?.toISOString()).toBe(daysFrom(today, -3).toISOString());
    expect(page.totals).toMatchObject({
      startups: 1,
      milestones: await testDb().milestone.count({ where: { organisationId: world.hkstp.id } }),
      overdue: 2,
      dueSoon: 1,
      achieved: 1,
      awaitingAssessment: 1,
    });

    // A category narrows the counted milestones; start-ups without one drop out.
    const other = await createEnrolment(testDb(), {
      organisationId: world.hkstp.id,
      programmeId: world.programme.id,
    });
    await createMilestone(testDb(), {
      organisationId: world.hkstp.id,
      enrolmentId: other.id,
      category: "COMMERCIAL",
    });
    const regulatory = await asOfficer(world).read((reach) =>
      listMilestoneSummaries(reach, { ...NO_FILTERS, category: "REGULATORY" }, undefined),
    );
    expect(regulatory.items.map((item) => item.id)).toEqual([world.enrolment.id]);
    expect(regulatory.items[0]?.counts).toMatchObject({ total: 2, overdue: 1, onTrack: 1 });
    expect(regulatory.totals.startups).toBe(1);
  });

  it("filters by overdue, status, programme and name, from GET parameters", async () => {
    const world = await buildMilestoneWorld();
    const today = hongKongDay();
    await world.milestone("IN_PROGRESS", { dueOn: daysFrom(today, -3) });
    const calm = await createEnrolment(testDb(), {
      organisationId: world.hkstp.id,
      programmeId: world.programme.id,
      startupId: (
        await createStartup(testDb(), { name: "Sha Tin Calm Bio", nameZh: "沙田平靜生物" })
      ).id,
    });
    await createMilestone(testDb(), {
      organisationId: world.hkstp.id,
      enrolmentId: calm.id,
      status: "SUBMITTED",
      dueOn: daysFrom(today, 30),
    });
    const read = (params: Record<string, string>) =>
      asOfficer(world).read((reach) =>
        listMilestoneSummaries(reach, readMilestoneFilters(params), undefined),
      );
    expect((await read({ overdue: "1" })).items.map((i) => i.id)).toEqual([world.enrolment.id]);
    expect((await read({ status: "SUBMITTED" })).items.map((i) => i.id)).toEqual([calm.id]);
    expect((await read({ q: "平靜" })).items.map((i) => i.id)).toEqual([calm.id]);
    expect((await read({ q: "sha tin" })).items.map((i) => i.id)).toEqual([calm.id]);
    expect((await read({ programme: "no-such-programme" })).items).toEqual([]);
    expect((await read({ programme: world.programme.id })).totals.startups).toBe(2);
    // Bad values are ignored, not passed to SQL.
    const ignored = await read({ status: "DROP TABLE", category: "x", enrolment: "y" });
    expect(ignored.totals.startups).toBe(2);
  });

  it("shows a mentor only assigned start-ups, another operator nothing", async () => {
    const world = await buildMilestoneWorld();
    await addTiedStartups(world);
    const mentor = await runWithTenant(
      { userId: world.mentor.user.id, organisationId: world.hkstp.id },
      () =>
        listMilestoneSummaries(
          { side: "MENTOR", organisationId: world.hkstp.id, userId: world.mentor.user.id },
          NO_FILTERS,
          undefined,
        ),
    );
    expect(mentor.items.map((item) => item.id)).toEqual([world.enrolment.id]);
    const cuhk = await runWithTenant(
      { userId: world.cuhkOfficer.user.id, organisationId: world.cuhk.id },
      () =>
        listMilestoneSummaries(
          { side: "OFFICER", organisationId: world.cuhk.id },
          NO_FILTERS,
          undefined,
        ),
    );
    expect(cuhk.items.map((item) => item.id)).toEqual([world.cuhkEnrolment.id]);
    expect(cuhk.totals.startups).toBe(1);
  });
});

describe("the queue of evidence to assess", () => {
  it("shows the officer every submission and the mentor only sign-offs requested of them", async () => {
    const world = await buildMilestoneWorld();
    const signOff = await world.milestone("SUBMITTED", { requiresMentorSignOff: true });
    const plain = await world.milestone("SUBMITTED");
    await world.milestone("IN_PROGRESS");
    const officer = await asOfficer(world).read((reach) => listAssessmentQueue(reach));
    expect(officer.total).toBe(2);
    expect(officer.items.map((item) => item.id).sort()).toEqual([signOff.id, plain.id].sort());
    const mentor = await runWithTenant(
      { userId: world.mentor.user.id, organisationId: world.hkstp.id },
      () =>
        listAssessmentQueue({
          side: "MENTOR",
          organisationId: world.hkstp.id,
          userId: world.mentor.user.id,
        }),
    );
    expect(mentor).toMatchObject({
      total: 1,
      items: [expect.objectContaining({ id: signOff.id })],
    });
    const otherMentor = await runWithTenant(
      { userId: world.otherMentor.user.id, organisationId: world.hkstp.id },
      () =>
        listAssessmentQueue({
          side: "MENTOR",
          organisationId: world.hkstp.id,
          userId: world.otherMentor.user.id,
        }),
    );
    expect(otherMentor).toEqual({ items: [], total: 0 });
  });
});
