// The operator's programmes in cursor pages (by name, then id, with ties), its filters, and
// the programmes CSV under the same filters (404 for anyone outside the operator's officers).
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { GET } from "@/app/api/[org]/programmes/export/route";
import { listProgrammesPage, readProgrammeFilters } from "@/lib/data/programmes/list-programmes";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createCall } from "../../factories/calls";
import { createOperator, createStartup } from "../../factories/organisations";
import { createProgramme } from "../../factories/programmes";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { sessionUserFor } from "../members/session-user";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));

async function programmesWorld() {
  const db = testDb();
  const hkstp = await createOperator(db);
  const officer = await createMember(db, { organisationId: hkstp.id, role: "PROGRAMME_OFFICER" });
  const made = [];
  // Three share one name: only the id orders them.
  for (const [name, status, kind] of [
    ["Incu-Bio", "ACTIVE", "INCUBATION"],
    ["Incu-Bio", "ARCHIVED", "INCUBATION"],
    ["Incu-Bio", "DRAFT", "ACCELERATOR"],
    ["AstraZeneca Co-incubation", "ACTIVE", "CO_INCUBATION"],
    ["Boehringer Ingelheim Co-incubation", "ACTIVE", "CO_INCUBATION"],
    ["Digital Health Accelerator", "DRAFT", "ACCELERATOR"],
  ] as const) {
    made.push(
      await createProgramme(db, {
        organisationId: hkstp.id,
        name,
        nameZh: name === "Incu-Bio" ? "生物科技培育計劃" : null,
        status,
        kind,
      }),
    );
  }
  const withCalls = made[0]!;
  for (let index = 0; index < 7; index++) {
    await createCall(db, { organisationId: hkstp.id, programmeId: withCalls.id });
  }
  const other = await createOperator(db);
  await createProgramme(db, { organisationId: other.id, name: "Incu-Bio" });
  return { hkstp, officer, made, withCalls, other };
}

type World = Awaited<ReturnType<typeof programmesWorld>>;

async function allPages(world: World, size: number, query: Record<string, string> = {}) {
  const filters = readProgrammeFilters(query);
  const seen: { id: string; name: string }[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 20; guard++) {
    const page = await runWithTenant(
      { userId: world.officer.user.id, organisationId: world.hkstp.id },
      () => listProgrammesPage(world.hkstp.id, filters, { cursor, size }),
    );
    expect(page.items.length).toBeLessThanOrEqual(size);
    seen.push(...page.items.map(({ id, name }) => ({ id, name })));
    if (!page.nextCursor) return seen;
    cursor = page.nextCursor;
  }
  throw new Error("the pager never ended");
}

const byNameThenId = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

describe("the programmes list", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("pages through the operator's programmes by name then id, ties included, once each", async () => {
    const world = await programmesWorld();
    const expected = world.made.map(({ id, name }) => ({ id, name })).sort(byNameThenId);
    for (const size of [1, 2, 4, 50]) expect(await allPages(world, size)).toEqual(expected);
  });

  it("filters by status, kind and name in either language", async () => {
    const world = await programmesWorld();
    const names = async (query: Record<string, string>) =>
      (await allPages(world, 2, query)).map((row) => row.name);
    expect(await names({ status: "ACTIVE" })).toEqual([
      "AstraZeneca Co-incubation",
      "Boehringer Ingelheim Co-incubation",
      "Incu-Bio",
    ]);
    expect(await names({ kind: "ACCELERATOR" })).toEqual([
      "Digital Health Accelerator",
      "Incu-Bio",
    ]);
    expect(await names({ q: "co-INCUBATION" })).toHaveLength(2);
    expect(await names({ q: "生物科技" })).toEqual(["Incu-Bio", "Incu-Bio", "Incu-Bio"]);
    expect(await names({ status: "ACTIVE", kind: "INCUBATION", q: "incu" })).toEqual(["Incu-Bio"]);
    expect(await names({ status: "nonsense" })).toHaveLength(6);
  });

  it("lists a programme's newest five calls and counts them all", async () => {
    const world = await programmesWorld();
    const page = await runWithTenant(
      { userId: world.officer.user.id, organisationId: world.hkstp.id },
      () => listProgrammesPage(world.hkstp.id, { status: "ACTIVE", kind: "INCUBATION" }),
    );
    const row = page.items.find((item) => item.id === world.withCalls.id)!;
    expect(row.calls).toHaveLength(5);
    expect(row.callCount).toBe(7);
  });

  it("exports the filtered programmes as CSV, and is 404 for others", async () => {
    const world = await programmesWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const get = (org: string, query = "") =>
      GET(new Request(`http://localhost/api/${org}/programmes/export${query}`), {
        params: Promise.resolve({ org }),
      });
    const response = await get(world.hkstp.slug, "?kind=CO_INCUBATION");
    expect(response.status).toBe(200);
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter((line) => line !== "");
    expect(lines[0]).toBe(
      "Programme,Programme (Chinese),Kind,Status,Focus areas,Funding cap (HKD),Duration (months),Partners,Calls,Enrolments",
    );
    expect(lines.slice(1)).toEqual([
      "AstraZeneca Co-incubation,,Co-incubation,Active,Oncology; Immunology,6000000.00,48,,0,0",
      "Boehringer Ingelheim Co-incubation,,Co-incubation,Active,Oncology; Immunology,6000000.00,48,,0,0",
    ]);
    const all = (await (await get(world.hkstp.slug)).text()).split("\r\n").filter(Boolean);
    expect(all).toHaveLength(1 + 6);

    const founder = await createMember(testDb(), {
      organisationId: (await createStartup(testDb())).id,
      role: "STARTUP_MEMBER",
    });
    const mentor = await createMember(testDb(), { organisationId: world.hkstp.id, role: "MENTOR" });
    for (const user of [founder, mentor]) {
      auth.user = await sessionUserFor(user.user.id);
      expect((await get(world.hkstp.slug)).status).toBe(404);
    }
    auth.user = await sessionUserFor(world.officer.user.id);
    expect((await get(world.other.slug)).status).toBe(404);
  });
});
