import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Builds a Prisma client on adapter-pg; password hashes are omitted unless asked for. With no
 * URL it connects as the owner (DATABASE_URL): the seed, scripts and test fixtures. The app's
 * own client (lib/db.ts) connects as the app role instead, see appDatabaseUrl().
 */
export function createPrismaClient(databaseUrl: string = requireDatabaseUrl()) {
  const pool = poolSettings();
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: pool.size,
    connectionTimeoutMillis: pool.connectionTimeoutMs,
    idleTimeoutMillis: pool.idleTimeoutMs,
    statement_timeout: pool.statementTimeoutMs,
  });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type PoolSettings = {
  /** Connections per client (per app instance): DATABASE_POOL_SIZE, default 25 (a 50-user soak on 2 cores waited past the connection timeout with 10). */
  size: number;
  /** How long a query waits for a free connection before failing: DATABASE_CONNECTION_TIMEOUT_MS, default 15,000: under a burst a request queues for a connection rather than fails. */
  connectionTimeoutMs: number;
  /** PostgreSQL cancels any statement running longer: DATABASE_STATEMENT_TIMEOUT_MS, default 15,000. */
  statementTimeoutMs: number;
  /** An idle connection is closed after: DATABASE_IDLE_TIMEOUT_MS, default 30,000. */
  idleTimeoutMs: number;
};

/**
 * The connection pool's settings, explicit and from the environment (docs/performance.md):
 * a misspelt or non-positive value stops the app at start rather than running unbounded.
 */
export function poolSettings(
  env: Readonly<Record<string, string | undefined>> = process.env,
): PoolSettings {
  return {
    size: positiveInteger(env, "DATABASE_POOL_SIZE", 25),
    connectionTimeoutMs: positiveInteger(env, "DATABASE_CONNECTION_TIMEOUT_MS", 15_000),
    statementTimeoutMs: positiveInteger(env, "DATABASE_STATEMENT_TIMEOUT_MS", 15_000),
    idleTimeoutMs: positiveInteger(env, "DATABASE_IDLE_TIMEOUT_MS", 30_000),
  };
}

function positiveInteger(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  fallback: number,
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a whole number above 0 (got "${raw}").`);
  }
  return value;
}

export type Database = ReturnType<typeof createPrismaClient>;

let hasWarned = false;

/**
 * The URL the app connects with: APP_DATABASE_URL (the `incubase_app` role, bound by
 * row-level security; scripts/run-with-db.ts sets it). Without it, DATABASE_URL, and in
 * production a warning: if that user owns the tables, row-level security does not apply.
 */
export function appDatabaseUrl(): string {
  const appUrl = process.env.APP_DATABASE_URL;
  if (appUrl) return appUrl;
  if (process.env.NODE_ENV === "production" && !hasWarned) {
    hasWarned = true;
    console.warn(
      JSON.stringify({
        level: "warn",
        time: new Date().toISOString(),
        message:
          "APP_DATABASE_URL is not set: the app connects with DATABASE_URL, and row-level security is not enforced if that user owns the tables (docs/decisions/0004-row-level-security.md).",
      }),
    );
  }
  return requireDatabaseUrl();
}

function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error("DATABASE_URL is not set: start the app through `npm start` or `npm run dev`.");
  return url;
}
