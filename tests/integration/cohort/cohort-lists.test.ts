import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { GET as exportCohort } from "@/app/api/[org]/cohort/export/route";
import { GET as exportMentors } from "@/app/api/[org]/mentors/export/route";
import { parseCohortFilters, type CohortFilters } from "@/lib/data/cohort/cohort-filters";
import { startOfHongKongQuarter } from "@/lib/data/cohort/cohort-facts";
import { getCohortStats, listCohort } from "@/lib/data/cohort/list-cohort";
import { listMentorPool } from "@/lib/data/mentors/list-mentor-pool";
import type { MentorPoolFilters } from "@/lib/data/mentors/mentor-pool-filters";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import {
  createCoachingSession,
  createMentorAssignment,
  createMentorProfile,
} from "../../factories/coaching";
import { createEnrolment } from "../../factories/enrolments";
import { createMilestone } from "../../factories/milestones";
import { createStartup } from "../../factories/organisations";
import { createProgramme } from "../../factories/programmes";
import { daysFrom, hongKongDay } from "../../factories/sequence";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { buildCohortWorld, type CohortWorld } from "./cohort-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));

beforeEach(() => {
  auth.user = null;
});

const asOfficer = <T>(world: CohortWorld, fn: () => Promise<T>) =>
  runWithTenant({ userId: world.officer.user.id, organisationId: world.hkstp.id }, fn);

/** Every page of the cohort under `filters`, following the cursors. */
async function walkCohort(world: CohortWorld, filters: CohortFilters) {
  const ids: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  let total = -1;
  do {
    const page = await asOfficer(world, () => listCohort(world.hkstp.id, filters, { cursor }));
    ids.push(...page.items.map((row) => row.id));
    total = page.total;
    cursor = page.nextCursor ?? undefined;
    pages += 1;
  } while (cursor && pages < 10);
  return { ids, pages, total };
}

/** `count` more enrolments in a second programme, all starting on the same day (ties). */
async function manyEnrolments(world: CohortWorld, count: number) {
  const programme = await createProgramme(testDb(), {
    organisationId: world.hkstp.id,
    name: "Co-incubation with AstraZeneca",
  });
  const startsOn = daysFrom(hongKongDay(), -30);
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const enrolment = await createEnrolment(testDb(), {
      organisationId: world.hkstp.id,
      programmeId: programme.id,
      startsOn,
    });
    ids.push(enrolment.id);
  }
  return { programme, ids };
}

async function csvLines(response: Response): Promise<string[]> {
  return (await response.text())
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
}

describe("listCohort", () => {
  it("pages through every enrolment once, newest first, with ties broken by id", async () => {
    const world = await buildCohortWorld();
    const extra = await manyEnrolments(world, PAGE_SIZE + 3);
    const walked = await walkCohort(world, { status: "ALL" });
    const expected = await testDb().enrolment.findMany({
      where: { organisationId: world.hkstp.id },
      orderBy: [{ startsOn: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(walked.pages).toBe(2);
    expect(walked.ids).toEqual(expected.map((row) => row.id));
    expect(new Set(walked.ids).size).toBe(walked.ids.length);
    expect(walked.total).toBe(extra.ids.length + 2);
    // A forged cursor is ignored: the first page again.
    const forged = await asOfficer(world, () =>
      listCohort(world.hkstp.id, { status: "ALL" }, { cursor: "not-a-cursor!" }),
    );
    expect(forged.items[0]?.id).toBe(expected[0]?.id);
  });

  it("filters by programme, status, mentor (or none) and part of the name, English or Chinese", async () => {
    const world = await buildCohortWorld();
    const extra = await manyEnrolments(world, 2);
    await testDb().enrolment.update({
      where: { id: world.otherEnrolment.id },
      data: { status: "GRADUATED" },
    });
    await testDb().organisation.update({
      where: { id: world.pokfulam.id },
      data: { nameZh: "薄扶林細胞治療" },
    });
    const ids = async (filters: CohortFilters) => (await walkCohort(world, filters)).ids.sort();

    expect(await ids({ status: "ALL", programmeId: world.programme.id })).toEqual(
      [world.enrolment.id, world.otherEnrolment.id].sort(),
    );
    expect(await ids({ status: "GRADUATED" })).toEqual([world.otherEnrolment.id]);
    expect(await ids({ status: "ACTIVE", mentor: world.mentor.user.id })).toEqual([
      world.enrolment.id,
    ]);
    expect(await ids({ status: "ACTIVE", mentor: "none" })).toEqual([...extra.ids].sort());
    expect(await ids({ status: "ALL", search: "pok fu" })).toEqual([world.enrolment.id]);
    expect(await ids({ status: "ALL", search: "薄扶林" })).toEqual([world.enrolment.id]);
    // Another operator's enrolments never show, whatever the filters say.
    expect(await ids({ status: "ALL" })).not.toContain(world.foreignEnrolment.id);
    expect(parseCohortFilters({ status: "BOGUS", programme: "x'; drop", q: "  " })).toEqual({
      status: "ACTIVE",
      programmeId: undefined,
      mentor: undefined,
      search: undefined,
    });
  });

  it("counts held sessions this quarter, overdue milestones and the last session in SQL", async () => {
    const world = await buildCohortWorld();
    const now = new Date();
    const quarterStart = startOfHongKongQuarter(now);
    const heldAt = new Date(now.getTime() - 60_000);
    for (const status of ["LOGGED", "CONFIRMED", "CANCELLED", "SCHEDULED"] as const) {
      await createCoachingSession(testDb(), {
        assignmentId: world.assignment.id,
        status,
        startsAt: heldAt,
      });
    }
    await createCoachingSession(testDb(), {
      assignmentId: world.assignment.id,
      status: "CONFIRMED",
      startsAt: new Date(quarterStart.getTime() - 86_400_000),
    });
    const scope = { enrolmentId: world.enrolment.id, organisationId: world.hkstp.id };
    await createMilestone(testDb(), { ...scope, dueOn: daysFrom(hongKongDay(), -5) });
    await createMilestone(testDb(), { ...scope, dueOn: daysFrom(hongKongDay(), -3) });
    await createMilestone(testDb(), {
      ...scope,
      dueOn: daysFrom(hongKongDay(), -9),
      status: "ACHIEVED",
    });
    const page = await asOfficer(world, () => listCohort(world.hkstp.id, { status: "ACTIVE" }));
    const row = page.items.find((item) => item.id === world.enrolment.id);
    expect(row).toMatchObject({
      mentorNames: ["Dr Winnie Lam"],
      lastSessionAt: heldAt,
      sessionsThisQuarter: 2,
      overdueMilestones: 2,
      nextMilestone: { dueOn: daysFrom(hongKongDay(), -5) },
    });

    const stats = await asOfficer(world, () => getCohortStats(world.hkstp.id, now));
    expect(stats).toEqual({ active: 2, withoutMentor: 0, quiet: 1, waiting: 0 });
  });
});

describe("listMentorPool", () => {
  it("pages through the pool by name without skipping mentors who share a name", async () => {
    const world = await buildCohortWorld();
    for (let index = 0; index < PAGE_SIZE; index += 1) {
      await createMember(testDb(), {
        organisationId: world.hkstp.id,
        role: "MENTOR",
        user: { name: "Dr Chan" },
      });
    }
    const ids: string[] = [];
    let cursor: string | undefined;
    let total = 0;
    let pages = 0;
    do {
      const page = await asOfficer(world, () => listMentorPool(world.hkstp.id, {}, { cursor }));
      ids.push(...page.items.map((mentor) => mentor.id));
      total = page.total;
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    const expected = await testDb().membership.findMany({
      where: { organisationId: world.hkstp.id, role: "MENTOR", status: "ACTIVE" },
      orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
      select: { userId: true },
    });
    expect(pages).toBe(2);
    expect(ids).toEqual(expected.map((row) => row.userId));
    expect(total).toBe(PAGE_SIZE + 3);
  });

  it("filters by expertise and name and sums free places over the whole pool", async () => {
    const world = await buildCohortWorld();
    const pool = (filters: MentorPoolFilters) =>
      asOfficer(world, () => listMentorPool(world.hkstp.id, filters));
    const regulatory = await pool({ expertise: "REGULATORY" });
    expect(regulatory.items.map((mentor) => mentor.id)).toEqual([world.mentor.user.id]);
    expect(regulatory.total).toBe(1);
    const byName = await pool({ search: "idle" });
    expect(byName.items.map((mentor) => mentor.id)).toEqual([world.idleMentor.user.id]);
    // Winnie 3 places − 1, the other mentor 3 (default) − 1, the idle mentor 2 − 0.
    expect(byName.freePlaces).toBe(2 + 2 + 2);
    expect(byName.poolSize).toBe(3);

    // A full mentor counts no negative places.
    await createMentorProfile(testDb(), {
      organisationId: world.hkstp.id,
      userId: world.otherMentor.user.id,
      capacity: 0,
    });
    expect((await pool({})).freePlaces).toBe(2 + 0 + 2);
  });
});

describe("cohort and mentor pool CSV", () => {
  it("gives the officer the filtered cohort with mentors, last session, quarter and overdue counts", async () => {
    const world = await buildCohortWorld();
    await createCoachingSession(testDb(), {
      assignmentId: world.assignment.id,
      status: "CONFIRMED",
      startsAt: new Date(Date.now() - 3600_000),
    });
    await createMilestone(testDb(), {
      enrolmentId: world.enrolment.id,
      organisationId: world.hkstp.id,
      dueOn: daysFrom(hongKongDay(), -2),
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const response = await exportCohort(
      new Request(`http://localhost/api/${world.hkstp.slug}/cohort/export?q=pok`),
      { params: Promise.resolve({ org: world.hkstp.slug }) },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/cohort-\d{4}-\d{2}-\d{2}\.csv/);
    const lines = await csvLines(response);
    expect(lines[0]).toBe(
      "Start-up,Start-up (Chinese),Programme,Status,Starts on,Ends on,Mentors,Last session,Sessions this quarter,Milestones overdue",
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Pok Fu Lam Cell Therapeutics,,Incu-Bio,ACTIVE,/);
    expect(lines[1]).toMatch(/,Dr Winnie Lam,\d{4}-\d{2}-\d{2},1,1$/);
    const events = await auditEventsOf("cohort.export", world.officer.user.id);
    expect(events).toHaveLength(1);
  });

  it("refuses another operator's officer and a mentor with 404 and a denial event", async () => {
    const world = await buildCohortWorld();
    for (const userId of [world.foreignOfficer.user.id, world.mentor.user.id]) {
      auth.user = await sessionUserFor(userId);
      const cohort = await exportCohort(
        new Request(`http://localhost/api/${world.hkstp.slug}/cohort/export`),
        { params: Promise.resolve({ org: world.hkstp.slug }) },
      );
      expect(cohort.status).toBe(404);
      const mentors = await exportMentors(
        new Request(`http://localhost/api/${world.hkstp.slug}/mentors/export`),
        { params: Promise.resolve({ org: world.hkstp.slug }) },
      );
      expect(mentors.status).toBe(404);
      expect(await auditEventsOf("access.denied", userId)).toHaveLength(2);
    }
    const refused = [world.foreignOfficer.user.id, world.mentor.user.id];
    expect(
      await testDb().auditEvent.count({
        where: { action: { in: ["cohort.export", "mentors.export"] }, actorId: { in: refused } },
      }),
    ).toBe(0);
  });

  it("exports the mentor pool with load and free places under the page's filters", async () => {
    const world = await buildCohortWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const response = await exportMentors(
      new Request(`http://localhost/api/${world.hkstp.slug}/mentors/export?expertise=REGULATORY`),
      { params: Promise.resolve({ org: world.hkstp.slug }) },
    );
    expect(response.status).toBe(200);
    const lines = await csvLines(response);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Mentor,Mentor \(Chinese\),Email,/);
    expect(lines[1]).toContain("Dr Winnie Lam");
    expect(lines[1]).toMatch(
      /,MANUFACTURING; REGULATORY,CELL_GENE_THERAPY,en; yue,3,1,2,Pok Fu Lam Cell Therapeutics$/,
    );
  });
});

it("lists a start-up without a mentor under 'Without a mentor' until one is assigned", async () => {
  const world = await buildCohortWorld();
  const startup = await createStartup(testDb(), { name: "Sai Kung Diagnostics" });
  const enrolment = await createEnrolment(testDb(), {
    organisationId: world.hkstp.id,
    programmeId: world.programme.id,
    startupId: startup.id,
  });
  const page = await asOfficer(world, () =>
    listCohort(world.hkstp.id, { status: "ACTIVE", mentor: "none" }),
  );
  expect(page.items.map((row) => row.id)).toEqual([enrolment.id]);
  expect(page.items[0]?.mentorNames).toEqual([]);
  await createMentorAssignment(testDb(), {
    organisationId: world.hkstp.id,
    enrolmentId: enrolment.id,
    mentorId: world.idleMentor.user.id,
  });
  const after = await asOfficer(world, () =>
    listCohort(world.hkstp.id, { status: "ACTIVE", mentor: "none" }),
  );
  expect(after.total).toBe(0);
});
