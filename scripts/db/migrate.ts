/**
 * `prisma migrate deploy`, reimplemented with node-postgres because the Prisma CLI cannot
 * fetch its native schema engine here. It writes the same `_prisma_migrations` table the
 * same way (DDL, checksums, started → finished rows, advisory lock), so the real Prisma CLI
 * can take over a database migrated by this script and vice versa.
 *
 *   tsx scripts/db/migrate.ts                       apply pending migrations to DATABASE_URL
 *   tsx scripts/db/migrate.ts --rolled-back <name>  mark a failed migration as rolled back
 *                                                   (= prisma migrate resolve --rolled-back)
 */
import { randomUUID } from "node:crypto";
import path from "node:path";

import type pg from "pg";

import { scriptMatchesChecksum } from "./checksum";
import { isMain, runCli } from "./cli";
import {
  connect,
  createDatabase,
  dropDatabase,
  quoteIdent,
  requireDatabaseUrl,
  splitSchemaParam,
  withClient,
} from "./database-url";
import { ensureLockfile, type LocalMigration, readLocalMigrations } from "./migration-files";
import { MIGRATIONS_DIR, displayPath } from "./paths";

/** The key Prisma Migrate locks (prisma-engines, flavour/postgres.rs: acquire_lock). */
export const ADVISORY_LOCK_KEY = 72707369;
/** Prisma gives up on the lock after 10 seconds. */
const DEFAULT_LOCK_TIMEOUT_MS = 10_000;

/** Verbatim from prisma-engines (flavour/postgres.rs: create_migrations_table). */
export const MIGRATIONS_TABLE_DDL = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);
`;

export type MigrateDeployOptions = {
  /** Default: prisma/migrations of this repository. */
  migrationsDir?: string;
  /** Progress output; default console.log. Pass `() => {}` for silence. */
  log?: (line: string) => void;
  /** How long to wait for another migrator's advisory lock; default 10 s like Prisma. */
  lockTimeoutMs?: number;
};

export type MigrateDeployResult = {
  /** Migrations applied by this run, in order. */
  applied: string[];
  /** Migrations that were already applied before this run. */
  alreadyApplied: string[];
};

/** A row of `_prisma_migrations`. */
export type MigrationRecord = {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
};

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Problems with the recorded history that stop any new migration from being applied. */
export function findHistoryProblems(
  records: readonly MigrationRecord[],
  local: readonly LocalMigration[],
): string[] {
  const problems: string[] = [];
  const localByName = new Map(local.map((migration) => [migration.name, migration]));
  for (const record of records) {
    if (record.rolled_back_at !== null) continue;
    if (record.finished_at === null) {
      const logs = record.logs?.trim()
        ? ` with the following logs:\n${indent(record.logs.trim())}`
        : "";
      problems.push(
        `The \`${record.migration_name}\` migration started at ${record.started_at.toISOString()} failed${logs}\n` +
          `  Fix the cause, undo whatever part of it was applied, then mark it rolled back:\n` +
          `    tsx scripts/db/migrate.ts --rolled-back ${record.migration_name}\n` +
          `  and deploy again.`,
      );
      continue;
    }
    const file = localByName.get(record.migration_name);
    if (file && !scriptMatchesChecksum(file.script, record.checksum)) {
      problems.push(
        `The \`${record.migration_name}\` migration was modified after it was applied ` +
          `(recorded checksum ${record.checksum}, migration.sql now ${file.checksum}).\n` +
          `  Applied migrations must not change: restore its migration.sql and put the change in a new migration.`,
      );
    }
  }
  return problems;
}

/** Local migrations not (successfully or pending) recorded, in order. Rolled-back rows do not count. */
export function pendingMigrations(
  records: readonly MigrationRecord[],
  local: readonly LocalMigration[],
): LocalMigration[] {
  const recorded = new Set(
    records.filter((r) => r.rolled_back_at === null).map((r) => r.migration_name),
  );
  return local.filter((migration) => !recorded.has(migration.name));
}

function indent(text: string, prefix = "    "): string {
  return text
    .split("\n")
    .map((line) => prefix + line)
    .join("\n");
}

function migrationsTable(schema: string): string {
  return `${quoteIdent(schema)}."_prisma_migrations"`;
}

async function acquireLock(client: pg.Client, timeoutMs: number): Promise<boolean> {
  if (process.env.PRISMA_SCHEMA_DISABLE_ADVISORY_LOCK) return false;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await client.query<{ locked: boolean }>(
      "SELECT pg_try_advisory_lock($1) AS locked",
      [ADVISORY_LOCK_KEY],
    );
    if (rows[0]?.locked) return true;
    if (Date.now() >= deadline) {
      throw new MigrationError(
        `Timed out trying to acquire a postgres advisory lock (SELECT pg_advisory_lock(${ADVISORY_LOCK_KEY})). ` +
          `Timeout: ${timeoutMs}ms. Another migration is probably running against this database.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Prisma's `initialize`: create the table in an empty schema, refuse a non-empty one (P3005). */
async function initializeMigrationsTable(client: pg.Client, schema: string): Promise<void> {
  const { rows } = await client.query<{ relname: string }>(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'r' AND n.nspname = $1`,
    [schema],
  );
  const tables = rows.map((row) => row.relname);
  if (tables.includes("_prisma_migrations")) return;
  if (tables.length > 0) {
    throw new MigrationError(
      `The database schema "${schema}" is not empty (tables: ${tables.slice(0, 5).join(", ")}` +
        `${tables.length > 5 ? ", …" : ""}) and has no _prisma_migrations table, so it was not created by ` +
        "these migrations. Use an empty database (Prisma error P3005: baseline it first).",
    );
  }
  // Unqualified, as Prisma runs it: lands in the URL's schema (connect() set search_path).
  await client.query(MIGRATIONS_TABLE_DDL);
}

async function listRecords(client: pg.Client, schema: string): Promise<MigrationRecord[]> {
  const { rows } = await client.query<MigrationRecord>(
    `SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count
       FROM ${migrationsTable(schema)} ORDER BY started_at ASC`,
  );
  return rows;
}

/** The error text Prisma stores in `logs` and prints (ApplyMigrationError, P3018). */
export function formatApplyError(migrationName: string, script: string, error: unknown): string {
  const dbError = error as Partial<pg.DatabaseError>;
  const code = typeof dbError.code === "string" ? dbError.code : "none";
  let text = `ERROR: ${error instanceof Error ? error.message : String(error)}`;
  if (dbError.detail) text += `\nDETAIL: ${dbError.detail}`;
  if (dbError.hint) text += `\nHINT: ${dbError.hint}`;
  if (dbError.where) text += `\nCONTEXT: ${dbError.where}`;
  const position = Number(dbError.position);
  if (Number.isInteger(position) && position > 0) {
    // `position` counts characters from 1; show the line with up to 5 lines before it.
    const before = script.slice(0, position - 1).split("\n");
    const lineNumber = before.length;
    const lines = script.split("\n");
    const first = Math.max(1, lineNumber - 5);
    const shown = [];
    for (let n = first; n <= lineNumber; n++) {
      shown.push(`${String(n).padStart(3)}${n === lineNumber ? " >" : "  "} ${lines[n - 1] ?? ""}`);
    }
    text += `\n\nPosition:\n${shown.join("\n")}`;
  }
  return (
    "A migration failed to apply. New migrations cannot be applied before the error is recovered from.\n\n" +
    `Migration name: ${migrationName}\n\nDatabase error code: ${code}\n\nDatabase error:\n${text}\n`
  );
}

async function applyOne(
  client: pg.Client,
  schema: string,
  migration: LocalMigration,
): Promise<void> {
  const table = migrationsTable(schema);
  const id = randomUUID();
  // Prisma records the start outside the migration's transaction, so a failure stays visible.
  await client.query(
    `INSERT INTO ${table} (id, checksum, started_at, migration_name) VALUES ($1, $2, now(), $3)`,
    [id, migration.checksum, migration.name],
  );
  try {
    await client.query("BEGIN");
    // Simple query protocol: the whole file, many statements, like Prisma's apply_script.
    await client.query(migration.script);
    // Prisma's record_successful_step + record_migration_finished, committed with the script.
    await client.query(
      `UPDATE ${table} SET applied_steps_count = applied_steps_count + 1, finished_at = clock_timestamp() WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    const logs = formatApplyError(migration.name, migration.script, error);
    await client.query(`UPDATE ${table} SET logs = $2 WHERE id = $1`, [id, logs]);
    throw new MigrationError(logs, { cause: error });
  }
}

/**
 * Applies the pending migrations of `migrationsDir` to `databaseUrl`, like
 * `prisma migrate deploy`. Refuses to run when a recorded migration failed or an applied
 * migration.sql was edited. Throws MigrationError with a readable message on any problem.
 */
export async function migrateDeploy(
  databaseUrl: string,
  options: MigrateDeployOptions = {},
): Promise<MigrateDeployResult> {
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const log = options.log ?? ((line: string) => console.log(line));
  const local = await readLocalMigrations(migrationsDir);
  if (local.length > 0 && (await ensureLockfile(migrationsDir))) {
    log(`Created ${displayPath(path.join(migrationsDir, "migration_lock.toml"))}.`);
  }
  const { schema } = splitSchemaParam(databaseUrl);
  const client = await connect(databaseUrl);
  let locked = false;
  try {
    locked = await acquireLock(client, options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
    await initializeMigrationsTable(client, schema);
    const records = await listRecords(client, schema);

    const problems = findHistoryProblems(records, local);
    if (problems.length > 0) {
      throw new MigrationError(
        `Migrations were not applied: the migration history of this database needs attention.\n\n${problems.join("\n\n")}`,
      );
    }
    const localNames = new Set(local.map((migration) => migration.name));
    for (const record of records) {
      if (record.rolled_back_at === null && !localNames.has(record.migration_name)) {
        log(
          `Warning: ${record.migration_name} is applied to the database but missing from ${displayPath(migrationsDir)}.`,
        );
      }
    }

    const pending = pendingMigrations(records, local);
    const alreadyApplied = local
      .filter((migration) => !pending.includes(migration))
      .map((m) => m.name);
    log(
      `${local.length} migration${local.length === 1 ? "" : "s"} found in ${displayPath(migrationsDir)}.`,
    );
    if (pending.length === 0) {
      log("No pending migrations to apply.");
      return { applied: [], alreadyApplied };
    }
    const applied: string[] = [];
    for (const migration of pending) {
      await applyOne(client, schema, migration);
      applied.push(migration.name);
      log(`Applied migration ${migration.name}`);
    }
    log(`All migrations have been successfully applied (${applied.length}).`);
    return { applied, alreadyApplied };
  } finally {
    if (locked)
      await client
        .query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY])
        .catch(() => undefined);
    await client.end();
  }
}

/**
 * `prisma migrate resolve --rolled-back <name>`: marks a failed migration as rolled back so
 * that deploy will apply it again. Only for migrations recorded as failed.
 */
export async function markMigrationRolledBack(
  databaseUrl: string,
  migrationName: string,
): Promise<void> {
  const { schema } = splitSchemaParam(databaseUrl);
  const client = await connect(databaseUrl);
  try {
    const { rowCount } = await client.query(
      `UPDATE ${migrationsTable(schema)} SET rolled_back_at = now()
        WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL`,
      [migrationName],
    );
    if (!rowCount) {
      throw new MigrationError(
        `No failed migration named ${migrationName} is recorded in _prisma_migrations.`,
      );
    }
  } finally {
    await client.end();
  }
}

/**
 * For test harnesses: (re)creates database `databaseName` on the server of `serverUrl`,
 * applies all migrations to it and marks it as a template, so that each test database can be
 * cloned with `CREATE DATABASE x TEMPLATE <databaseName>`. Returns the template's URL.
 */
export async function createMigratedTemplateDatabase(
  serverUrl: string,
  databaseName: string,
  options: MigrateDeployOptions = {},
): Promise<string> {
  await dropDatabase(serverUrl, databaseName);
  const url = await createDatabase(serverUrl, databaseName);
  try {
    await migrateDeploy(url, { log: () => undefined, ...options });
    await withClient(serverUrl, (client) =>
      client.query(`ALTER DATABASE ${quoteIdent(databaseName)} IS_TEMPLATE true`),
    );
  } catch (error) {
    await dropDatabase(serverUrl, databaseName).catch(() => undefined);
    throw error;
  }
  return url;
}

async function main(argv: string[]): Promise<void> {
  const databaseUrl = requireDatabaseUrl();
  const flag = argv.indexOf("--rolled-back");
  if (flag !== -1) {
    const name = argv[flag + 1];
    if (!name)
      throw new MigrationError("Usage: tsx scripts/db/migrate.ts --rolled-back <migration_name>");
    await markMigrationRolledBack(databaseUrl, name);
    console.log(`Marked ${name} as rolled back. The next deploy applies it again.`);
    return;
  }
  await migrateDeploy(databaseUrl);
}

if (isMain(import.meta.url)) runCli(() => main(process.argv.slice(2)));
