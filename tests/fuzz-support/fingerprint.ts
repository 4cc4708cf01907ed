import { testDb } from "../setup/test-database";

/**
 * Rows that a refused request may legitimately add, so they are left out of the comparison:
 * - AuditEvent rows with action `access.denied`: a NOT_FOUND/FORBIDDEN refusal (another tenant's
 *   id, an unknown organisation) records who was refused (lib/actions/safe-action.ts). Every
 *   other audit event still counts: a refused request must not log an action it did not do.
 * - LoginThrottle: changePassword counts a wrong current password as a sign-in failure, and
 *   signUpStartup counts every attempt that passes the schema (both on purpose: throttles).
 * - _prisma_migrations: not application data.
 */
const SKIPPED_TABLES = new Set(["LoginThrottle", "_prisma_migrations"]);
const ROW_FILTERS: Record<string, string> = { AuditEvent: `where t."action" <> 'access.denied'` };

let query: string | undefined;

async function fingerprintQuery(): Promise<string> {
  if (query) return query;
  const tables = await testDb().$queryRaw<{ name: string }[]>`
    select tablename as name from pg_tables where schemaname = current_schema() order by tablename`;
  const columns = tables
    .filter(({ name }) => !SKIPPED_TABLES.has(name))
    .map(
      ({ name }) =>
        `select '${name}' as name, (select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from "${name}" t ${ROW_FILTERS[name] ?? ""}) as digest`,
    );
  // One round trip for the whole database: every fuzz run takes one.
  query = columns.join(" union all ");
  return query;
}

/** A digest of every row of every application table, by table: equal means no row changed. */
export async function databaseFingerprint(): Promise<Record<string, string>> {
  const rows = await testDb().$queryRawUnsafe<{ name: string; digest: string }[]>(
    await fingerprintQuery(),
  );
  return Object.fromEntries(rows.map(({ name, digest }) => [name, digest]));
}

/** The tables whose digest differs between two fingerprints. */
export function changedTables(
  before: Record<string, string>,
  after: Record<string, string>,
): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}
