/**
 * Proves that migrate.ts is interchangeable with `prisma migrate deploy`, using Prisma's own
 * schema engine (the wasm build of the same Rust code) as the reference:
 *
 *  1. database P is migrated by Prisma's engine (`applyMigrations`), database M by migrate.ts;
 *  2. their `_prisma_migrations` tables must have the same columns and the same rows
 *     (name, checksum, applied_steps_count, logs, finished/rolled back);
 *  3. their structure must be the same (fingerprint.ts);
 *  4. Prisma's engine must find M's history clean (`diagnoseMigrationHistory`: no edited or
 *     failed migrations, nothing pending), and migrate.ts must find nothing to do on P.
 *
 *   tsx scripts/run-with-db.ts -- tsx scripts/db/verify-prisma-compat.ts [--migrations-dir dir]
 *
 * P and M are scratch databases on the server of DATABASE_URL, dropped afterwards.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

import type { MigrationList } from "@prisma/schema-engine-wasm";

import { isMain, runCli } from "./cli";
import {
  connect,
  createDatabase,
  dropDatabase,
  randomDatabaseName,
  requireDatabaseUrl,
  withClient,
} from "./database-url";
import { listUserSchemas, readFingerprint } from "./fingerprint";
import { diffFingerprints, formatFingerprintDiff, isEmptyDiff } from "./fingerprint-diff";
import { migrateDeploy } from "./migrate";
import { LOCKFILE_NAME, readLocalMigrations } from "./migration-files";
import { MIGRATIONS_DIR } from "./paths";
import { createSchemaEngine, describeEngineError } from "./schema-engine";

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** The migrations directory in the shape Prisma's CLI hands to the engine. */
async function prismaMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const lockfilePath = path.join(migrationsDir, LOCKFILE_NAME);
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: LOCKFILE_NAME,
      content: existsSync(lockfilePath) ? await readFile(lockfilePath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: (await readLocalMigrations(migrationsDir)).map((migration) => ({
      path: migration.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: migration.script } },
    })),
  };
}

async function withPrismaEngine<T>(
  databaseUrl: string,
  run: (engine: Awaited<ReturnType<typeof createSchemaEngine>>["engine"]) => Promise<T>,
): Promise<T> {
  const handle = await createSchemaEngine(databaseUrl);
  try {
    return await run(handle.engine);
  } catch (error) {
    throw new Error(`Prisma schema engine: ${describeEngineError(error)}`, { cause: error });
  } finally {
    await handle.dispose();
  }
}

const TABLE_COLUMNS_SQL = `
  SELECT column_name, ordinal_position, data_type, character_maximum_length, is_nullable, column_default
    FROM information_schema.columns
   WHERE table_schema = current_schema() AND table_name = '_prisma_migrations'
   ORDER BY ordinal_position`;

const ROWS_SQL = `
  SELECT migration_name, checksum, applied_steps_count, logs,
         finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back,
         length(id) AS id_length
    FROM _prisma_migrations ORDER BY migration_name, started_at`;

export async function verifyPrismaCompat(
  serverUrl: string,
  migrationsDir: string = MIGRATIONS_DIR,
  log: (line: string) => void = (line) => console.log(line),
): Promise<string[]> {
  const problems: string[] = [];
  const migrationsList = await prismaMigrationsList(migrationsDir);
  const nameP = randomDatabaseName("compat_prisma");
  const nameM = randomDatabaseName("compat_migrate_ts");
  try {
    const urlP = await createDatabase(serverUrl, nameP);
    const urlM = await createDatabase(serverUrl, nameM);

    const byPrisma = await withPrismaEngine(urlP, (engine) =>
      engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
    );
    log(`Prisma's engine applied ${byPrisma.appliedMigrationNames.length} migration(s) to P.`);
    const byUs = await migrateDeploy(urlM, { migrationsDir, log: () => undefined });
    log(`migrate.ts applied ${byUs.applied.length} migration(s) to M.`);
    if (JSON.stringify(byPrisma.appliedMigrationNames) !== JSON.stringify(byUs.applied)) {
      problems.push(
        `Different migrations applied: Prisma ${byPrisma.appliedMigrationNames.join(", ")}; ` +
          `migrate.ts ${byUs.applied.join(", ")}`,
      );
    }

    for (const [what, sql] of [
      ["_prisma_migrations columns", TABLE_COLUMNS_SQL],
      ["_prisma_migrations rows", ROWS_SQL],
    ] as const) {
      const p = await withClient(urlP, (client) => client.query(sql));
      const m = await withClient(urlM, (client) => client.query(sql));
      const [jsonP, jsonM] = [JSON.stringify(p.rows, null, 1), JSON.stringify(m.rows, null, 1)];
      if (jsonP !== jsonM)
        problems.push(`${what} differ.\nPrisma:\n${jsonP}\nmigrate.ts:\n${jsonM}`);
      else log(`Same ${what} (${p.rows.length}).`);
    }

    const clientP = await connect(urlP);
    const clientM = await connect(urlM);
    try {
      const schemas = await listUserSchemas(clientP);
      const diff = diffFingerprints(
        await readFingerprint(clientP, schemas),
        await readFingerprint(clientM, schemas),
      );
      if (!isEmptyDiff(diff)) {
        problems.push(`Structure differs:\n${formatFingerprintDiff(diff, "Prisma", "migrate.ts")}`);
      } else {
        log("Same structure.");
      }
    } finally {
      await clientP.end();
      await clientM.end();
    }

    const diagnosis = await withPrismaEngine(urlM, (engine) =>
      engine.diagnoseMigrationHistory({
        migrationsList,
        optInToShadowDatabase: false,
        filters: NO_FILTERS,
      }),
    );
    if (
      !diagnosis.hasMigrationsTable ||
      diagnosis.history !== null ||
      diagnosis.editedMigrationNames.length > 0 ||
      diagnosis.failedMigrationNames.length > 0
    ) {
      problems.push(
        `Prisma's diagnoseMigrationHistory is not clean on M:\n${JSON.stringify(diagnosis, null, 2)}`,
      );
    } else {
      log("Prisma's diagnoseMigrationHistory on M: in sync, nothing edited, failed or pending.");
    }

    const again = await migrateDeploy(urlP, { migrationsDir, log: () => undefined });
    if (again.applied.length > 0) {
      problems.push(`migrate.ts re-applied on P: ${again.applied.join(", ")}`);
    } else {
      log("migrate.ts on P (migrated by Prisma): nothing pending, history accepted.");
    }
  } finally {
    await Promise.allSettled([dropDatabase(serverUrl, nameP), dropDatabase(serverUrl, nameM)]);
  }
  return problems;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { "migrations-dir": { type: "string" } } });
  const migrationsDir = values["migrations-dir"]
    ? path.resolve(values["migrations-dir"])
    : MIGRATIONS_DIR;
  const problems = await verifyPrismaCompat(requireDatabaseUrl(), migrationsDir);
  if (problems.length > 0) {
    console.error(`\nNot compatible:\n\n${problems.join("\n\n")}`);
    process.exitCode = 1;
    return;
  }
  console.log("migrate.ts and Prisma's schema engine agree.");
}

if (isMain(import.meta.url)) runCli(main);
