import { testDb } from "../../setup/test-database";

// Tables whose rows a refused request may legitimately add: its own denial event, and the
// sign-in throttle.
const EXCLUDED = new Set(["AuditEvent", "LoginThrottle", "_prisma_migrations"]);

/** A digest of every row of every table: equal before and after means no row changed. */
export async function databaseFingerprint(): Promise<Record<string, string>> {
  const db = testDb();
  const tables = await db.$queryRaw<{ name: string }[]>`
    select tablename as name from pg_tables where schemaname = current_schema() order by tablename`;
  const digest: Record<string, string> = {};
  for (const { name } of tables) {
    if (EXCLUDED.has(name)) continue;
    const [row] = await db.$queryRawUnsafe<{ digest: string | null }[]>(
      `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${name}" t`,
    );
    digest[name] = row?.digest ?? "";
  }
  return digest;
}

export function countDenials(): Promise<number> {
  return testDb().auditEvent.count({ where: { action: "access.denied" } });
}
