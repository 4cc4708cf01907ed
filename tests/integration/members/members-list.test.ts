import { AsyncLocalStorage } from "node:async_hooks";
import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/[org]/members/export/route";
import type { SessionUser } from "@/lib/auth/session";
import { listMembersPage } from "@/lib/data/members/list-members-page";
import { parseMemberListFilters } from "@/lib/data/members/member-list-filters";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createOperator, createStartup } from "../../factories/organisations";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { sessionUserFor } from "./session-user";

const sessions = new AsyncLocalStorage<SessionUser>();
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => sessions.getStore() ?? null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));

type Query = Record<string, string>;

/** An operator whose 62 members share a few names (ties), some deactivated, plus an admin. */
async function buildMembersWorld() {
  const db = testDb();
  const operator = await createOperator(db);
  const other = await createOperator(db);
  const admin = await createMember(db, {
    organisationId: operator.id,
    role: "OPERATOR_ADMIN",
    user: { name: "Ada Admin" },
  });
  const people = [];
  for (let index = 0; index < 62; index += 1) {
    people.push(
      await createMember(db, {
        organisationId: operator.id,
        role: index % 3 === 0 ? "MENTOR" : "PROGRAMME_OFFICER",
        user: { name: `Chan ${index % 4}`, nameZh: index === 5 ? "陳大文" : null },
        membership: { status: index % 10 === 0 ? "DEACTIVATED" : "ACTIVE" },
      }),
    );
  }
  const outsider = await createMember(db, {
    organisationId: other.id,
    role: "OPERATOR_ADMIN",
    user: { name: "Chan Outside" },
  });
  return { operator, other, admin, people, outsider };
}

type World = Awaited<ReturnType<typeof buildMembersWorld>>;

async function allPages(world: World, query: Query) {
  const pages = [];
  let cursor: string | null = null;
  do {
    const filters = parseMemberListFilters(cursor ? { ...query, cursor } : query);
    pages.push(
      await runWithTenant({ userId: world.admin.user.id, organisationId: world.operator.id }, () =>
        listMembersPage(world.operator.id, filters),
      ),
    );
    cursor = pages.at(-1)!.nextCursor;
  } while (cursor && pages.length < 10);
  return pages;
}

// Dozens of rows per test (to cross a page), seeded on a machine shared with other suites.
const SLOW = 120_000;

describe("the members list", () => {
  it(
    "pages 50 at a time, active first, with no member skipped or repeated among equal names",
    async () => {
      const world = await buildMembersWorld();
      const pages = await allPages(world, {});
      expect(pages.map((page) => page.items.length)).toEqual([50, 13]);
      const rows = pages.flatMap((page) => page.items);
      expect(new Set(rows.map((row) => row.id)).size).toBe(63);
      const firstDeactivated = rows.findIndex((row) => row.status === "DEACTIVATED");
      expect(rows.slice(firstDeactivated).every((row) => row.status === "DEACTIVATED")).toBe(true);
      const counts = await testDb().membership.groupBy({
        by: ["status"],
        where: { organisationId: world.operator.id },
        _count: { _all: true },
      });
      const expected = (status: string) => counts.find((c) => c.status === status)?._count._all;
      expect(pages[0]!.activeCount).toBe(expected("ACTIVE"));
      expect(pages[0]!.deactivatedCount).toBe(expected("DEACTIVATED"));
      expect(pages[0]!.matchingCount).toBe(63);
      expect(rows.some((row) => row.user.id === world.outsider.user.id)).toBe(false);
    },
    SLOW,
  );

  it(
    "filters by role, status and a name, Chinese name or email",
    async () => {
      const world = await buildMembersWorld();
      const ids = async (query: Query) =>
        (await allPages(world, query)).flatMap((page) => page.items.map((row) => row.id)).sort();
      const expected = (predicate: (index: number) => boolean) =>
        world.people
          .filter((_, index) => predicate(index))
          .map((person) => person.membership.id)
          .sort();

      expect(await ids({ role: "MENTOR" })).toEqual(expected((i) => i % 3 === 0));
      expect(await ids({ status: "DEACTIVATED" })).toEqual(expected((i) => i % 10 === 0));
      expect(await ids({ role: "PROGRAMME_OFFICER", status: "ACTIVE" })).toEqual(
        expected((i) => i % 3 !== 0 && i % 10 !== 0),
      );
      expect(await ids({ q: "chan 1" })).toEqual(expected((i) => i % 4 === 1));
      expect(await ids({ q: "陳大文" })).toEqual(expected((i) => i === 5));
      expect(await ids({ q: world.admin.user.email.toUpperCase() })).toEqual([
        world.admin.membership.id,
      ]);
      // A bad filter value is dropped, not an error.
      expect(await ids({ role: "OWNER", status: "x", cursor: "forged" })).toHaveLength(63);
    },
    SLOW,
  );
});

async function exportAs(userId: string, org: string, query = "") {
  return sessions.run(await sessionUserFor(userId), () =>
    GET(new Request(`http://localhost/api/${org}/members/export${query}`), {
      params: Promise.resolve({ org }),
    }),
  );
}

describe("GET /api/[org]/members/export", () => {
  it(
    "gives the admin every member matching the filters and audits the export",
    async () => {
      const world = await buildMembersWorld();
      const response = await exportAs(world.admin.user.id, world.operator.slug, "?role=MENTOR");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toMatch(/filename="members-[\d-]+\.csv"/);
      const lines = (await response.text())
        .replace(/^\uFEFF/, "")
        .trimEnd()
        .split("\r\n");
      expect(lines[0]).toBe(
        "Name,Name (Chinese),Email,Role,Status,Title,Member since,Last sign-in (HKT)",
      );
      expect(lines).toHaveLength(1 + world.people.filter((_, index) => index % 3 === 0).length);
      expect(lines.slice(1).every((line) => line.includes(",Mentor,"))).toBe(true);
      expect(lines.some((line) => line.includes(",Mentor,Deactivated,"))).toBe(true);
      const event = await testDb().auditEvent.findFirstOrThrow({
        where: { action: "member.export", actorId: world.admin.user.id },
      });
      expect(event.after).toMatchObject({ rows: lines.length - 1 });
    },
    SLOW,
  );

  it(
    "answers 404 to officers, start-ups and other operators' admins",
    async () => {
      const world = await buildMembersWorld();
      const startup = await createStartup(testDb());
      const founder = await createMember(testDb(), {
        organisationId: startup.id,
        role: "STARTUP_MEMBER",
      });
      const officer = world.people[1]!;
      const refusals = [
        await exportAs(officer.user.id, world.operator.slug),
        await exportAs(founder.user.id, startup.slug),
        await exportAs(world.outsider.user.id, world.operator.slug),
      ];
      expect(refusals.map((response) => response.status)).toEqual([404, 404, 404]);
      const people = [officer.user.id, founder.user.id, world.outsider.user.id];
      expect(
        await testDb().auditEvent.count({
          where: { action: "member.export", actorId: { in: people } },
        }),
      ).toBe(0);
      expect(
        await testDb().auditEvent.count({
          where: { action: "access.denied", actorId: { in: people } },
        }),
      ).toBe(3);
    },
    SLOW,
  );
});
