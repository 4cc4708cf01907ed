// The officer's list of a call's applications: cursor pages (by reference, then id) that never
// skip or repeat, status and start-up name filters, whole-call figures by SQL aggregation, and
// the CSV export under the same filters.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { GET } from "@/app/api/[org]/calls/[callId]/export/route";
import { readCallApplicationFilters } from "@/lib/data/reviews/call-application-filters";
import { countCallApplications } from "@/lib/data/reviews/count-call-applications";
import { getCallScoreboard } from "@/lib/data/reviews/get-call-scoreboard";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createApplication } from "../../factories/applications";
import { createCall } from "../../factories/calls";
import { createOperator, createStartup } from "../../factories/organisations";
import { createReviewerAssignment } from "../../factories/reviews";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { sessionUserFor } from "../members/session-user";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));

const STATUSES: ApplicationStatus[] = [
  "SUBMITTED",
  "SUBMITTED",
  "SCREENING",
  "IN_REVIEW",
  "IN_REVIEW",
  "IN_REVIEW",
  "SHORTLISTED",
  "REJECTED",
];

async function listWorld() {
  const db = testDb();
  const hkstp = await createOperator(db);
  const officer = await createMember(db, { organisationId: hkstp.id, role: "PROGRAMME_OFFICER" });
  const call = await createCall(db, { organisationId: hkstp.id });
  const otherCall = await createCall(db, { organisationId: hkstp.id });
  const applications = [];
  for (const [index, status] of STATUSES.entries()) {
    const startup = await createStartup(db, {
      name: index === 3 ? "Pok Fu Lam Cell Therapeutics" : `Kowloon Bio ${index}`,
      nameZh: index === 3 ? "薄扶林細胞治療" : null,
    });
    applications.push(
      await createApplication(db, {
        organisationId: hkstp.id,
        callId: call.id,
        startupId: startup.id,
        status,
        reference: `IB-2027-${String(index + 1).padStart(3, "0")}`,
      }),
    );
  }
  // Left out everywhere: a draft, another call's application, another operator's.
  await createApplication(db, { organisationId: hkstp.id, callId: call.id, status: "DRAFT" });
  await createApplication(db, {
    organisationId: hkstp.id,
    callId: otherCall.id,
    status: "SUBMITTED",
  });
  const other = await createOperator(db);
  await createApplication(db, { organisationId: other.id, status: "SUBMITTED" });
  // Two open reviews past due, one not yet due, and a submitted one past its due date.
  const past = new Date(Date.now() - 86_400_000);
  await createReviewerAssignment(db, { applicationId: applications[3]!.id, dueAt: past });
  await createReviewerAssignment(db, { applicationId: applications[4]!.id, dueAt: past });
  await createReviewerAssignment(db, { applicationId: applications[5]!.id });
  await createReviewerAssignment(db, {
    applicationId: applications[4]!.id,
    dueAt: past,
    status: "SUBMITTED",
  });
  return { hkstp, officer, call, applications };
}

type World = Awaited<ReturnType<typeof listWorld>>;

const asOfficer = <T>(world: World, fn: () => Promise<T>) =>
  runWithTenant({ userId: world.officer.user.id, organisationId: world.hkstp.id }, fn);

async function allPages(world: World, size: number, query: Record<string, string> = {}) {
  const filters = readCallApplicationFilters(query);
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 20; guard++) {
    const page = await asOfficer(world, () =>
      getCallScoreboard(world.hkstp.id, world.call.id, new Date(), {
        filters,
        page: { cursor, size },
      }),
    );
    expect(page).not.toBeNull();
    expect(page!.applications.length).toBeLessThanOrEqual(size);
    seen.push(...page!.applications.map((row) => row.reference));
    if (!page!.nextCursor) return seen;
    cursor = page!.nextCursor;
  }
  throw new Error("the pager never ended");
}

describe("the officer's call applications list", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("pages through every submitted application once, in reference order", async () => {
    const world = await listWorld();
    const expected = world.applications.map((application) => application.reference);
    expect(await allPages(world, 3)).toEqual(expected);
    expect(await allPages(world, 1)).toEqual(expected);
    expect(await allPages(world, 50)).toEqual(expected);
  });

  it("filters by status and by start-up name (either language) or reference", async () => {
    const world = await listWorld();
    expect(await allPages(world, 2, { status: "IN_REVIEW" })).toEqual([
      "IB-2027-004",
      "IB-2027-005",
      "IB-2027-006",
    ]);
    expect(await allPages(world, 2, { q: "pok fu" })).toEqual(["IB-2027-004"]);
    expect(await allPages(world, 2, { q: "薄扶林" })).toEqual(["IB-2027-004"]);
    expect(await allPages(world, 2, { q: "ib-2027-00", status: "SUBMITTED" })).toEqual([
      "IB-2027-001",
      "IB-2027-002",
    ]);
    expect(await allPages(world, 2, { q: "nobody" })).toEqual([]);
    // A draft is never listed, even when asked for; an unknown status is ignored.
    expect(readCallApplicationFilters({ status: "DRAFT" }).status).toBeUndefined();
    expect(await allPages(world, 50, { status: "BOGUS" })).toHaveLength(STATUSES.length);
  });

  it("ignores a forged cursor and starts from the first page", async () => {
    const world = await listWorld();
    const page = await asOfficer(world, () =>
      getCallScoreboard(world.hkstp.id, world.call.id, new Date(), {
        page: { cursor: "not-a-cursor!", size: 2 },
      }),
    );
    expect(page!.applications.map((row) => row.reference)).toEqual(["IB-2027-001", "IB-2027-002"]);
  });

  it("counts the whole call by status and open reviews past due, as the database holds them", async () => {
    const world = await listWorld();
    const counts = await asOfficer(world, () =>
      countCallApplications(world.hkstp.id, world.call.id),
    );
    const byStatus = await testDb().application.groupBy({
      by: ["status"],
      where: { callId: world.call.id, status: { not: "DRAFT" } },
      _count: { _all: true },
    });
    expect(counts.total).toBe(STATUSES.length);
    expect(counts.byStatus).toEqual(
      Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])),
    );
    expect(counts).toMatchObject({ toScreen: 3, inReview: 3, shortlisted: 1, overdueReviews: 2 });
  });

  it("exports the filtered rows only, and is 404 for another operator's officer", async () => {
    const world = await listWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const url = `http://localhost/api/${world.hkstp.slug}/calls/${world.call.id}/export?status=IN_REVIEW&q=pok`;
    const response = await GET(new Request(url), {
      params: Promise.resolve({ org: world.hkstp.slug, callId: world.call.id }),
    });
    expect(response.status).toBe(200);
    const lines = (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines.filter((line) => line !== "")).toHaveLength(2);
    expect(lines[1]).toMatch(/^IB-2027-004,Pok Fu Lam Cell Therapeutics,薄扶林細胞治療,/);

    const other = await createOperator(testDb());
    const otherOfficer = await createMember(testDb(), {
      organisationId: other.id,
      role: "PROGRAMME_OFFICER",
    });
    auth.user = await sessionUserFor(otherOfficer.user.id);
    const refused = await GET(new Request(url), {
      params: Promise.resolve({ org: world.hkstp.slug, callId: world.call.id }),
    });
    expect(refused.status).toBe(404);
  });
});
