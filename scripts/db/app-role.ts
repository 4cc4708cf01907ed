/**
 * The role the app connects as (`incubase_app`): created NOLOGIN by the row-level-security
 * migration, bound by every policy (docs/decisions/0004-row-level-security.md). Migrations,
 * the seed and test fixtures keep using the owner in DATABASE_URL.
 */
import pg from "pg";
import { splitSchemaParam } from "./database-url";

export const APP_ROLE = "incubase_app";

/** Used when APP_DATABASE_PASSWORD is not set: fine for local and CI servers, not for production. */
export const DEFAULT_APP_DATABASE_PASSWORD = "incubase-app-local";

/** The owner's URL with the app role's credentials: same server, database and options. */
export function appDatabaseUrlFor(ownerDatabaseUrl: string, password: string): string {
  const url = new URL(ownerDatabaseUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}

async function canSignIn(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({
    connectionString: splitSchemaParam(databaseUrl).connectionString,
  });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Lets the app role sign in with APP_DATABASE_PASSWORD (default DEFAULT_APP_DATABASE_PASSWORD)
 * and returns the app's URL. Null when the role does not exist yet, i.e. no server database
 * has been migrated past the row-level-security migration. Needs an owner that may alter the
 * role (a superuser, or the CREATEROLE user that created it) only when the app role cannot
 * sign in with that password already.
 */
export async function ensureAppRoleLogin(ownerDatabaseUrl: string): Promise<string | null> {
  const password = process.env.APP_DATABASE_PASSWORD || DEFAULT_APP_DATABASE_PASSWORD;
  const appUrl = appDatabaseUrlFor(ownerDatabaseUrl, password);
  if (await canSignIn(appUrl)) return appUrl;

  const owner = new pg.Client({
    connectionString: splitSchemaParam(ownerDatabaseUrl).connectionString,
  });
  owner.on("error", () => undefined);
  await owner.connect();
  try {
    const role = await owner.query("select 1 from pg_roles where rolname = $1", [APP_ROLE]);
    if (role.rowCount === 0) return null;
    const { rows } = await owner.query<{ sql: string }>(
      "select format('ALTER ROLE %I LOGIN PASSWORD %L', $1::text, $2::text) as sql",
      [APP_ROLE, password],
    );
    // Several processes (test runs, a dev server) may do this at once on one server; PostgreSQL
    // then reports "tuple concurrently updated" to all but one.
    for (let attempt = 1; ; attempt++) {
      try {
        await owner.query(rows[0]!.sql);
        break;
      } catch (error) {
        if (attempt >= 5 || !/concurrently/.test(String((error as Error).message))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  } finally {
    await owner.end();
  }
  return appUrl;
}
