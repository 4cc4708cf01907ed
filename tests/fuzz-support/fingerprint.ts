import { testDb } from "../setup/test-database";

/**
 * Counting committed row writes, per table, in this test file's own database: a row trigger on
 * every table adds one to `fuzz_writes` for each row inserted, updated or deleted. The counter is
 * a table, so a rolled-back transaction leaves no count; reading it is one tiny query, where
 * hashing every row twice per run would cost more than most actions (thousands of runs).
 *
 * Rows that a refused request may legitimately write are not counted:
 * - AuditEvent rows with action `access.denied`: a NOT_FOUND/FORBIDDEN refusal (another tenant's
 *   id, an unknown organisation) records who was refused (lib/actions/safe-action.ts). Every
 *   other audit event still counts: a refused request must not log an action it did not do.
 * - LoginThrottle: changePassword counts a wrong current password as a sign-in failure, and
 *   signUpStartup counts every attempt that passes the schema (both on purpose: throttles).
 * - _prisma_migrations: not application data.
 */
const UNCOUNTED_TABLES = ["LoginThrottle", "_prisma_migrations"];

let isInstalled = false;

async function installWriteCounter(): Promise<void> {
  if (isInstalled) return;
  const db = testDb();
  const tables = await db.$queryRaw<{ name: string }[]>`
    select tablename as name from pg_tables where schemaname = current_schema() order by tablename`;
  await db.$executeRawUnsafe(
    `create table if not exists fuzz_writes (table_name text primary key, n bigint not null)`,
  );
  // SECURITY DEFINER: the app role (row-level security, no grant on fuzz_writes) does the writes.
  await db.$executeRawUnsafe(`
    create or replace function fuzz_count_write() returns trigger
    language plpgsql security definer set search_path = ${'"' + (await currentSchema()) + '"'} as $$
    begin
      insert into fuzz_writes (table_name, n) values (TG_TABLE_NAME, 1)
      on conflict (table_name) do update set n = fuzz_writes.n + 1;
      return null;
    end $$`);
  for (const { name } of tables) {
    if (UNCOUNTED_TABLES.includes(name) || name === "fuzz_writes") continue;
    if (name === "AuditEvent") {
      await db.$executeRawUnsafe(`
        create trigger fuzz_count_insert after insert on "AuditEvent" for each row
        when (NEW."action" <> 'access.denied') execute function fuzz_count_write()`);
      await db.$executeRawUnsafe(`
        create trigger fuzz_count_change after update or delete on "AuditEvent" for each row
        execute function fuzz_count_write()`);
      continue;
    }
    await db.$executeRawUnsafe(`
      create trigger fuzz_count_write after insert or update or delete on "${name}" for each row
      execute function fuzz_count_write()`);
  }
  isInstalled = true;
}

async function currentSchema(): Promise<string> {
  const [row] = await testDb().$queryRaw<{ name: string }[]>`select current_schema() as name`;
  return row!.name;
}

/** Committed row writes so far, by table: equal before and after means no row was written. */
export async function databaseFingerprint(): Promise<Record<string, string>> {
  await installWriteCounter();
  const rows = await testDb().$queryRaw<{ table_name: string; n: bigint }[]>`
    select table_name, n from fuzz_writes`;
  return Object.fromEntries(rows.map((row) => [row.table_name, String(row.n)]));
}

/** The tables written between two fingerprints. */
export function changedTables(
  before: Record<string, string>,
  after: Record<string, string>,
): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}
