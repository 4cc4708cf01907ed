import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Builds a Prisma client on adapter-pg; password hashes are omitted unless asked for. With no
 * URL it connects as the owner (DATABASE_URL): the seed, scripts and test fixtures. The app's
 * own client (lib/db.ts) connects as the app role instead, see appDatabaseUrl().
 */
export function createPrismaClient(databaseUrl: string = requireDatabaseUrl()) {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 15_000,
  });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
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
