import pg from "pg";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { createProgramme } from "@/lib/actions/programmes/create-programme";
import type { SessionUser } from "@/lib/auth/session";
import { listProgrammes } from "@/lib/data/programmes/list-programmes";
import { isDatabaseUnavailable } from "@/lib/db-unavailable";
import { UNAVAILABLE_MESSAGE } from "@/lib/errors/unavailable";
import type { CreateProgrammeInput } from "@/lib/schemas/programmes";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { withDatabaseName } from "../../setup/database-url";
import { testDb } from "../../setup/test-database";
import { sessionUserFor } from "../members/session-user";
import { buildSetupWorld } from "../programmes/setup-world";

// PostgreSQL "goes away" for this test file's own database only: new connections are refused
// (ALTER DATABASE … ALLOW_CONNECTIONS false) and every open one is cut (pg_terminate_backend),
// which is what the app sees while the server is stopped or failing over. Works the same on
// the machine's PostgreSQL service and on the embedded one (both are local superusers).

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

/** "Fast" is before the pool's 5 s connection timeout and the 15 s statement timeout, with room for a busy CI machine. */
const FAST_MS = 4_000;

const databaseName = decodeURIComponent(new URL(process.env.DATABASE_URL!).pathname.slice(1));
const quoted = `"${databaseName.replaceAll('"', '""')}"`;

/** A superuser connection to the server's `postgres` database, beside (not in) the test database. */
async function asServerAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const serverUrl = process.env.TEST_SERVER_DATABASE_URL ?? process.env.DATABASE_URL!;
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function takeDatabaseDown(): Promise<void> {
  await asServerAdmin(async (client) => {
    await client.query(`alter database ${quoted} allow_connections false`);
    await client.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
      [databaseName],
    );
  });
}

async function bringDatabaseBack(): Promise<void> {
  await asServerAdmin((client) => client.query(`alter database ${quoted} allow_connections true`));
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

function programmeInput(organisation: string, name: string): CreateProgrammeInput {
  return {
    organisation,
    name,
    kind: "INCUBATION",
    status: "ACTIVE",
    focusAreas: ["ONCOLOGY"],
    benefits: ["MENTORING"],
    description: "A programme created while the database comes and goes.",
    fundingCap: "1,000,000",
    durationMonths: 24,
    fundingBuckets: [
      {
        code: "SUBSIDY",
        name: "Financial subsidy",
        cap: "500,000",
        evidenceRule: "NONE",
        requiresPreApproval: false,
        gatingMilestoneCategory: "",
      },
    ],
    partnerIds: [],
  };
}

/** Everything createProgramme writes, counted as the owner (row-level security does not apply). */
async function writtenRows(organisationId: string) {
  const [programmes, buckets, audits] = await Promise.all([
    testDb().programme.count({ where: { organisationId } }),
    testDb().programmeFundingBucket.count({ where: { organisationId } }),
    testDb().auditEvent.count({ where: { organisationId, action: "programme.create" } }),
  ]);
  return { programmes, buckets, audits };
}

async function healthNow() {
  const response = await health();
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Polls the health handler until it says "up" again; returns how long that took. */
async function msUntilHealthy(limitMs = 15_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if ((await health()).status === 200) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`health did not recover within ${limitMs} ms`);
}

afterAll(async () => {
  // Whatever happened above, the database must accept connections again to be dropped.
  await bringDatabaseBack();
});

describe("while PostgreSQL cannot be reached", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("fails fast with UNAVAILABLE (health 503, data function, server action), saves nothing and recovers by itself", async () => {
    const world = await buildSetupWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const tenant = { userId: world.officer.user.id, organisationId: world.hkstp.id };
    // Warm: the app's pool holds open connections that the outage will cut.
    expect(await healthNow()).toEqual({
      status: 200,
      body: { status: "ok", database: "up", jobs: "off" },
    });
    const listed = await runWithTenant(tenant, () => listProgrammes(world.hkstp.id));
    const before = await writtenRows(world.hkstp.id);

    await takeDatabaseDown();
    try {
      const probe = await timed(healthNow);
      expect(probe.value).toEqual({
        status: 503,
        body: { status: "unavailable", database: "down", jobs: "off" },
      });
      expect(probe.ms).toBeLessThan(FAST_MS);

      const read = await timed(() =>
        runWithTenant(tenant, () => listProgrammes(world.hkstp.id)).then(
          () => "answered",
          (error: unknown) => error,
        ),
      );
      expect(read.value).not.toBe("answered");
      expect(isDatabaseUnavailable(read.value)).toBe(true);
      expect(read.ms).toBeLessThan(FAST_MS);

      const write = await timed(() =>
        createProgramme(programmeInput(world.hkstp.slug, "Written during the outage")),
      );
      expect(write.value.data).toBeUndefined();
      expect(write.value.serverError).toEqual({
        code: "UNAVAILABLE",
        message: UNAVAILABLE_MESSAGE,
      });
      expect(write.ms).toBeLessThan(FAST_MS);
    } finally {
      await bringDatabaseBack();
    }

    // The pool reconnects on its own: no restart, no new client.
    expect(await msUntilHealthy()).toBeLessThan(5_000);
    expect(await writtenRows(world.hkstp.id)).toEqual(before);
    expect(await runWithTenant(tenant, () => listProgrammes(world.hkstp.id))).toEqual(listed);
    const after = await createProgramme(programmeInput(world.hkstp.slug, "Written after recovery"));
    expect(after.serverError).toBeUndefined();
    expect(await writtenRows(world.hkstp.id)).toEqual({
      programmes: before.programmes + 1,
      buckets: before.buckets + 1,
      audits: before.audits + 1,
    });
  });

  it("rolls back an action cut off in the middle of its transaction: no programme without its audit event", async () => {
    const world = await buildSetupWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const before = await writtenRows(world.hkstp.id);

    // An owner transaction holds the audit table, so the action inserts its programme and
    // buckets, then waits at its audit insert: the outage lands exactly between the two.
    const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await blocker.connect();
    blocker.on("error", () => {}); // it is cut by the outage too
    await blocker.query("begin");
    await blocker.query(`lock table "AuditEvent" in exclusive mode`);

    const action = createProgramme(programmeInput(world.hkstp.slug, "Cut off mid-transaction"));
    try {
      const waitedFor = await timed(async () => {
        for (let attempt = 0; attempt < 200; attempt++) {
          const waiting = await asServerAdmin((client) =>
            client.query(
              `select 1 from pg_stat_activity
               where datname = $1 and wait_event_type = 'Lock' and query ilike '%AuditEvent%'`,
              [databaseName],
            ),
          );
          if (waiting.rowCount) return true;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return false;
      });
      expect(waitedFor.value).toBe(true);
      // Half-written so far, inside the open transaction: the programme row exists there.
      await takeDatabaseDown();
      const cut = await timed(() => action);
      expect(cut.value.serverError).toEqual({ code: "UNAVAILABLE", message: UNAVAILABLE_MESSAGE });
      expect(cut.ms).toBeLessThan(FAST_MS);
    } finally {
      await bringDatabaseBack();
      await blocker.end().catch(() => {});
    }

    await msUntilHealthy();
    expect(await writtenRows(world.hkstp.id)).toEqual(before);
    const titles = await testDb().programme.findMany({
      where: { organisationId: world.hkstp.id, name: "Cut off mid-transaction" },
    });
    expect(titles).toEqual([]);
  });
});

describe("/api/health", () => {
  it("reports this instance's job worker without waiting for it", async () => {
    const key = Symbol.for("incubase.job-worker");
    const store = globalThis as Record<symbol, unknown>;
    try {
      store[key] = new Promise(() => {}); // still connecting
      expect((await healthNow()).body).toMatchObject({ database: "up", jobs: "starting" });
      store[key] = Promise.resolve({ boss: {} });
      expect((await healthNow()).body).toMatchObject({ database: "up", jobs: "running" });
      store[key] = Promise.resolve(null); // stopped before it could start
      expect((await healthNow()).body).toMatchObject({ database: "up", jobs: "stopped" });
    } finally {
      delete store[key];
    }
  });
});
