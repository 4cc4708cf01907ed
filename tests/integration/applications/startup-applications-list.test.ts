// A start-up's own applications in cursor pages (newest first, ties on the creation time
// ordered by id), filtered by status, with counts by SQL aggregation.
import { describe, expect, it } from "vitest";
import {
  countStartupApplications,
  listStartupApplications,
  listStartupApplicationsPage,
} from "@/lib/data/applications/list-startup-applications";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createApplication } from "../../factories/applications";
import { createOperator, createStartup } from "../../factories/organisations";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";

async function startupWorld() {
  const db = testDb();
  const startup = await createStartup(db, { name: "Pok Fu Lam Cell Therapeutics" });
  const founder = await createMember(db, { organisationId: startup.id, role: "STARTUP_MEMBER" });
  const statuses: ApplicationStatus[] = [
    "DRAFT",
    "SUBMITTED",
    "SUBMITTED",
    "IN_REVIEW",
    "REJECTED",
    "WITHDRAWN",
    "DRAFT",
  ];
  const sameMoment = new Date("2026-11-01T02:00:00Z");
  for (const [index, status] of statuses.entries()) {
    // Two operators; four applications share one creation time.
    const operator = await createOperator(db);
    await createApplication(db, {
      organisationId: operator.id,
      startupId: startup.id,
      createdById: founder.user.id,
      status,
      createdAt: index < 4 ? sameMoment : new Date(sameMoment.getTime() + index * 60_000),
    });
  }
  await createApplication(db, { status: "SUBMITTED" }); // another start-up's
  return { startup, founder, statuses };
}

type World = Awaited<ReturnType<typeof startupWorld>>;

const asFounder = <T>(world: World, fn: () => Promise<T>) =>
  runWithTenant({ userId: world.founder.user.id, organisationId: world.startup.id }, fn);

async function allPages(world: World, size: number, status?: ApplicationStatus) {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 20; guard++) {
    const page = await asFounder(world, () =>
      listStartupApplicationsPage(world.startup.id, { status, cursor, size }),
    );
    expect(page.items.length).toBeLessThanOrEqual(size);
    seen.push(...page.items.map((item) => item.id));
    if (!page.nextCursor) return seen;
    cursor = page.nextCursor;
  }
  throw new Error("the pager never ended");
}

describe("the start-up's applications list", () => {
  it("pages newest first, ties on the creation time by id, never skipping or repeating", async () => {
    const world = await startupWorld();
    const whole = await asFounder(world, () => listStartupApplications(world.startup.id));
    expect(whole).toHaveLength(world.statuses.length);
    const rows = await testDb().application.findMany({
      where: { startupId: world.startup.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    for (const size of [1, 2, 3, 50]) {
      expect(await allPages(world, size)).toEqual(rows.map((row) => row.id));
    }
    expect(whole.map((row) => row.id)).toEqual(rows.map((row) => row.id));
  });

  it("filters by status and counts each status as the database holds them", async () => {
    const world = await startupWorld();
    expect(await allPages(world, 1, "SUBMITTED")).toHaveLength(2);
    expect(await allPages(world, 1, "DRAFT")).toHaveLength(2);
    expect(await allPages(world, 1, "ACCEPTED")).toEqual([]);
    const counts = await asFounder(world, () => countStartupApplications(world.startup.id));
    expect(counts).toEqual({ DRAFT: 2, SUBMITTED: 2, IN_REVIEW: 1, REJECTED: 1, WITHDRAWN: 1 });
  });
});
