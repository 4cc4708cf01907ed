/**
 * Creates the next migration from the changes in prisma/schema.prisma (offline `prisma
 * migrate dev --create-only`). Needs DATABASE_URL only because the wasm schema engine wants a
 * reachable server; nothing is read from or written to that database.
 *
 *   npm run db:migration:new -- <name> [--allow-empty]
 *
 * Diffs the schema snapshot (what the existing migrations produce) to prisma/schema.prisma,
 * writes prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql and updates the snapshot.
 * Without changes it creates nothing, unless --allow-empty (for a hand-written-only migration).
 * Review the SQL and append hand-written SQL (RLS policies, grants, triggers) to migration.sql
 * before applying it; once applied anywhere, a migration must not change.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

import { isMain, runCli } from "./cli";
import { requireDatabaseUrl } from "./database-url";
import { ensureLockfile, readLocalMigrations } from "./migration-files";
import { newMigrationDirectoryName } from "./migration-name";
import { MIGRATIONS_DIR, SCHEMA_PATH, displayPath, snapshotPathFor } from "./paths";
import { diffSchemaDatamodels, EMPTY_MIGRATION_SQL } from "./schema-engine";
import { readSnapshot, writeSnapshot } from "./snapshot";

/** Statements in generated SQL that can lose data; printed as a reminder to review. */
export function destructiveStatements(sql: string): string[] {
  const patterns = [
    /^\s*DROP\s+(TABLE|TYPE)\b/i,
    /\bDROP\s+COLUMN\b/i,
    /\bSET\s+DATA\s+TYPE\b/i,
    /\bSET\s+NOT\s+NULL\b/i,
  ];
  return sql
    .split("\n")
    .filter(
      (line) =>
        !line.trimStart().startsWith("--") && patterns.some((pattern) => pattern.test(line)),
    )
    .map((line) => line.trim());
}

export type NewMigrationOptions = {
  name: string;
  allowEmpty?: boolean;
  schemaPath?: string;
  migrationsDir?: string;
  databaseUrl?: string;
  now?: Date;
  log?: (line: string) => void;
};

/** Returns the created directory name, or undefined when there was nothing to create. */
export async function createMigration(options: NewMigrationOptions): Promise<string | undefined> {
  const schemaPath = options.schemaPath ?? SCHEMA_PATH;
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const snapshotPath = snapshotPathFor(migrationsDir);
  const log = options.log ?? ((line: string) => console.log(line));

  const schema = await readFile(schemaPath, "utf8");
  const existing = await readLocalMigrations(migrationsDir);
  const snapshot = await readSnapshot(snapshotPath);
  if (!snapshot && existing.length > 0) {
    throw new Error(
      `${displayPath(snapshotPath)} is missing but ${displayPath(migrationsDir)} holds ${existing.length} ` +
        "migration(s), so what they produce is unknown. Restore the snapshot from version control.",
    );
  }

  const diff = await diffSchemaDatamodels(
    snapshot?.datamodel ?? null,
    schema,
    options.databaseUrl,
    {
      from: displayPath(snapshotPath),
      to: displayPath(schemaPath),
    },
  );
  if (diff.isEmpty && !options.allowEmpty) {
    log(`No changes in ${displayPath(schemaPath)} since the last migration: nothing to create.`);
    log("(Use --allow-empty to create a migration for hand-written SQL only.)");
    return undefined;
  }

  const directoryName = newMigrationDirectoryName(
    options.name,
    existing.map((migration) => migration.name),
    options.now ?? new Date(),
  );
  const directory = path.join(migrationsDir, directoryName);
  if (existsSync(directory)) throw new Error(`${displayPath(directory)} already exists.`);
  await mkdir(directory, { recursive: true });
  const sql = diff.isEmpty ? `${EMPTY_MIGRATION_SQL}\n` : diff.sql;
  await writeFile(path.join(directory, "migration.sql"), sql, "utf8");
  await writeSnapshot(snapshotPath, schema, directoryName);
  if (await ensureLockfile(migrationsDir))
    log(`Created ${displayPath(path.join(migrationsDir, "migration_lock.toml"))}.`);

  log(`Created ${displayPath(path.join(directory, "migration.sql"))}`);
  log(`Updated ${displayPath(snapshotPath)}`);
  const destructive = destructiveStatements(sql);
  if (destructive.length > 0) {
    log("\nThese statements can lose data; check them (and add data-migration SQL if needed):");
    for (const line of destructive) log(`  ${line}`);
  }
  log(
    "\nNext: review migration.sql, append any hand-written SQL (RLS policies, grants, triggers) to it,\n" +
      "then apply with `npm run db:migrate` and commit the directory together with the snapshot.\n" +
      "Never edit a migration after it has been applied anywhere; make a new one instead.",
  );
  return directoryName;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      "allow-empty": { type: "boolean", default: false },
      schema: { type: "string" },
      "migrations-dir": { type: "string" },
    },
  });
  const name = positionals.join(" ");
  if (!name) {
    throw new Error(
      "Usage: npm run db:migration:new -- <name> [--allow-empty]   (e.g. add_grant_tables)",
    );
  }
  await createMigration({
    name,
    allowEmpty: values["allow-empty"],
    schemaPath: values.schema && path.resolve(values.schema),
    migrationsDir: values["migrations-dir"] && path.resolve(values["migrations-dir"]),
    databaseUrl: requireDatabaseUrl(),
  });
}

if (isMain(import.meta.url)) runCli(main);
