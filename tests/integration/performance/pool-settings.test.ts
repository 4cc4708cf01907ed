import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient, poolSettings, type Database } from "@/lib/db-client";

// The pool's limits must hold at the database, not only in our config object: a runaway query
// is cancelled by PostgreSQL, and a query that cannot get a connection fails instead of queueing.

const names = [
  "DATABASE_POOL_SIZE",
  "DATABASE_CONNECTION_TIMEOUT_MS",
  "DATABASE_STATEMENT_TIMEOUT_MS",
] as const;
const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
const clients: Database[] = [];

function clientWith(env: Partial<Record<(typeof names)[number], string>>): Database {
  Object.assign(process.env, env);
  const client = createPrismaClient(process.env.DATABASE_URL);
  clients.push(client);
  return client;
}

afterEach(async () => {
  for (const name of names) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await Promise.all(clients.splice(0).map((client) => client.$disconnect()));
});

describe("connection pool settings", () => {
  it("has explicit defaults and rejects nonsense", () => {
    expect(poolSettings({})).toEqual({
      size: 25,
      connectionTimeoutMs: 15_000,
      statementTimeoutMs: 15_000,
      idleTimeoutMs: 30_000,
    });
    expect(
      poolSettings({ DATABASE_POOL_SIZE: "4", DATABASE_STATEMENT_TIMEOUT_MS: "2500" }),
    ).toMatchObject({
      size: 4,
      statementTimeoutMs: 2_500,
    });
    expect(() => poolSettings({ DATABASE_POOL_SIZE: "ten" })).toThrow(
      /DATABASE_POOL_SIZE must be a whole number/,
    );
    expect(() => poolSettings({ DATABASE_STATEMENT_TIMEOUT_MS: "0" })).toThrow(/above 0/);
  });

  it("applies the statement timeout on every connection: a longer pg_sleep is cancelled", async () => {
    const db = clientWith({ DATABASE_STATEMENT_TIMEOUT_MS: "300" });
    const [setting] = await db.$queryRaw<{ statement_timeout: string }[]>`show statement_timeout`;
    expect(setting?.statement_timeout).toBe("300ms");
    const started = performance.now();
    await expect(db.$queryRaw`select pg_sleep(2)`).rejects.toThrow(/statement timeout/);
    expect(performance.now() - started).toBeLessThan(1_500);
    // The pool is still usable afterwards.
    await expect(db.$queryRaw`select 1 as one`).resolves.toEqual([{ one: 1 }]);
  });

  it("fails a query that waits longer than the connection timeout for a pooled connection", async () => {
    const db = clientWith({ DATABASE_POOL_SIZE: "1", DATABASE_CONNECTION_TIMEOUT_MS: "300" });
    let release: () => void = () => undefined;
    const held = db.$transaction(
      async (tx) => {
        await tx.$queryRaw`select 1`;
        await new Promise<void>((resolve) => (release = resolve));
      },
      { timeout: 10_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await expect(db.$queryRaw`select 1`).rejects.toThrow(/timeout/i);
    expect(performance.now() - started).toBeLessThan(3_000);
    release();
    await held;
  });
});
