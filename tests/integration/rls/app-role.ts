// Plain SQL as the app role (`incubase_app`), the way lib/db talks to PostgreSQL: one
// transaction, the tenant set first with set_config(..., true). Row-level security is checked
// here without Prisma or the app in between.
import pg from "pg";
import { afterAll } from "vitest";

export type SqlTenant = {
  userId?: string | null;
  organisationId?: string | null;
  isPlatformAdmin?: boolean;
  invitationTokenHash?: string | null;
};

let pool: pg.Pool | undefined;

function appRolePool(): pg.Pool {
  const connectionString = process.env.APP_DATABASE_URL;
  if (!connectionString)
    throw new Error("APP_DATABASE_URL is not set (tests/setup/database-per-file.ts sets it).");
  pool ??= new pg.Pool({ connectionString, max: 2 });
  return pool;
}

afterAll(async () => {
  await pool?.end();
  pool = undefined;
});

/**
 * Runs `work` in one transaction as the app role with this tenant (null: nothing set), then
 * rolls back unless `commit` is asked for.
 */
export async function asTenant<T>(
  tenant: SqlTenant | null,
  work: (client: pg.PoolClient) => Promise<T>,
  { commit = false }: { commit?: boolean } = {},
): Promise<T> {
  const client = await appRolePool().connect();
  try {
    await client.query("begin");
    if (tenant) {
      await client.query(
        `select set_config('app.user_id', $1, true), set_config('app.organisation_id', $2, true),
                set_config('app.platform_admin', $3, true), set_config('app.invitation_token_hash', $4, true)`,
        [
          tenant.userId ?? "",
          tenant.organisationId ?? "",
          tenant.isPlatformAdmin ? "on" : "",
          tenant.invitationTokenHash ?? "",
        ],
      );
    }
    const result = await work(client);
    await client.query(commit ? "commit" : "rollback");
    return result;
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The ids of the table's rows this client can see. */
export async function visibleIds(client: pg.PoolClient, table: string): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(
    `select id from ${quoteTable(table)} order by id`,
  );
  return rows.map((row) => row.id);
}

/**
 * Runs one statement inside a savepoint and reports what happened, so that an expected
 * refusal does not abort the surrounding transaction.
 */
export async function attempt(
  client: pg.PoolClient,
  sql: string,
  values: unknown[] = [],
): Promise<
  { rowCount: number; error: null } | { rowCount: null; error: { code: string; message: string } }
> {
  await client.query("savepoint attempt");
  try {
    const result = await client.query(sql, values);
    await client.query("release savepoint attempt");
    return { rowCount: result.rowCount ?? 0, error: null };
  } catch (error) {
    await client.query("rollback to savepoint attempt");
    const { code = "", message = "" } = error as { code?: string; message?: string };
    return { rowCount: null, error: { code, message } };
  }
}

export function quoteTable(table: string): string {
  return `"${table.replaceAll('"', '""')}"`;
}
