/**
 * Fails when prisma/schema.prisma holds changes that no migration captures (CI: `npm run
 * db:check`). Two independent checks, because the snapshot alone could be wrong:
 *
 *  (a) snapshot → schema.prisma must diff to nothing (schema engine, no database involved);
 *  (b) a scratch database A built by applying every migration, and a scratch database B built
 *      from schema.prisma in one step, must have the same structure (tables, columns, enums,
 *      indexes, keys; see fingerprint.ts for what is compared and what is ignored).
 *
 * A and B are created with random names on the server of DATABASE_URL and always dropped.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

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
import { diffFingerprints, formatFingerprintDiff, isEmptyDiff, label } from "./fingerprint-diff";
import { migrateDeploy } from "./migrate";
import { readLocalMigrations } from "./migration-files";
import { MIGRATIONS_DIR, SCHEMA_PATH, displayPath, snapshotPathFor } from "./paths";
import { createSchemaEngine, diffWithEngine } from "./schema-engine";
import { readSnapshot, writeSnapshot } from "./snapshot";

const FIX_HINT =
  "Create a migration for it: npm run db:migration:new -- <name>   (then review it and commit it with the snapshot)";

export type DriftCheckOptions = {
  databaseUrl: string;
  schemaPath?: string;
  migrationsDir?: string;
  log?: (line: string) => void;
  /**
   * Repair mode (e.g. after merging two branches that both added a migration): skip check (a)
   * and, when check (b) finds no difference, rewrite the snapshot from schema.prisma.
   */
  writeSnapshot?: boolean;
};

/** Returns the list of problems found (empty = no drift). */
export async function checkDrift(options: DriftCheckOptions): Promise<string[]> {
  const schemaPath = options.schemaPath ?? SCHEMA_PATH;
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const snapshotPath = snapshotPathFor(migrationsDir);
  const log = options.log ?? ((line: string) => console.log(line));
  const problems: string[] = [];

  const schema = await readFile(schemaPath, "utf8");
  const migrations = await readLocalMigrations(migrationsDir);
  const snapshot = await readSnapshot(snapshotPath);
  log(
    `Checking ${displayPath(schemaPath)} against ${migrations.length} migration(s) in ${displayPath(migrationsDir)}.`,
  );

  const newest = migrations.at(-1)?.name;
  const handle = await createSchemaEngine(options.databaseUrl);
  let fullSql: string;
  try {
    // (a) The snapshot says what the migrations produce; schema.prisma must not differ from it.
    if (options.writeSnapshot) {
      log("Check (a) skipped: the snapshot is rewritten if the migrations match schema.prisma.");
    } else if (!snapshot && migrations.length > 0) {
      problems.push(`${displayPath(snapshotPath)} is missing; restore it from version control.`);
    } else {
      const pending = await diffWithEngine(handle.engine, snapshot?.datamodel ?? null, schema, {
        from: displayPath(snapshotPath),
        to: displayPath(schemaPath),
      });
      if (!pending.isEmpty) {
        problems.push(
          `${displayPath(schemaPath)} has changes that no migration captures. The next migration would be:\n\n` +
            `${pending.sql.trim()}\n\n${FIX_HINT}`,
        );
      }
    }
    if (
      snapshot &&
      !options.writeSnapshot &&
      newest !== undefined &&
      snapshot.migrationName !== newest
    ) {
      log(
        `Note: ${displayPath(snapshotPath)} was written for ${snapshot.migrationName ?? "an unknown migration"}, ` +
          `but the newest migration is ${newest} (fine for a hand-made migration; check (b) decides).`,
      );
    }
    // The whole schema in one step, for database B.
    fullSql = (await diffWithEngine(handle.engine, null, schema, { to: displayPath(schemaPath) }))
      .sql;
  } finally {
    await handle.dispose();
  }

  // (b) Build both databases and compare their structure.
  const nameA = randomDatabaseName("drift_migrations");
  const nameB = randomDatabaseName("drift_schema");
  try {
    const urlA = await createDatabase(options.databaseUrl, nameA);
    const urlB = await createDatabase(options.databaseUrl, nameB);
    try {
      await migrateDeploy(urlA, { migrationsDir, log: () => undefined });
    } catch (error) {
      problems.push(
        `Applying the migrations to an empty database failed:\n${(error as Error).message}`,
      );
      return problems;
    }
    await withClient(urlB, async (client) => {
      await client.query("BEGIN");
      await client.query(fullSql);
      await client.query("COMMIT");
    });

    const clientB = await connect(urlB);
    const clientA = await connect(urlA);
    try {
      const schemas = await listUserSchemas(clientB);
      const fingerprintA = await readFingerprint(clientA, schemas);
      const fingerprintB = await readFingerprint(clientB, schemas);
      const diff = diffFingerprints(fingerprintA, fingerprintB);
      for (const entry of diff.ignored) {
        log(`Ignored (hand-written, Prisma cannot model it): ${label(entry)}`);
      }
      if (!isEmptyDiff(diff)) {
        problems.push(
          "The database the migrations build differs from the one prisma/schema.prisma describes:\n\n" +
            `${formatFingerprintDiff(diff, "migrations", "schema.prisma")}\n\n` +
            "Entries only in schema.prisma need a migration: npm run db:migration:new -- <name>.\n" +
            "Entries only in the migrations come from hand-written SQL, or from a change to schema.prisma that\n" +
            "no migration made. Objects Prisma can express (tables, columns, enums, plain indexes, keys) must be\n" +
            "declared in schema.prisma even when added by hand; ignored here are only policies, RLS, grants,\n" +
            "triggers, functions, views, check/exclusion constraints and expression/partial indexes.",
        );
      } else {
        log(
          `Structure matches (${fingerprintA.length} tables, columns, enums, indexes and keys compared).`,
        );
      }
    } finally {
      await clientA.end();
      await clientB.end();
    }
  } finally {
    await Promise.allSettled([
      dropDatabase(options.databaseUrl, nameA),
      dropDatabase(options.databaseUrl, nameB),
    ]);
  }
  if (options.writeSnapshot && problems.length === 0 && newest !== undefined) {
    await writeSnapshot(snapshotPath, schema, newest);
    log(`Rewrote ${displayPath(snapshotPath)} from ${displayPath(schemaPath)} (after ${newest}).`);
  }
  return problems;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      schema: { type: "string" },
      "migrations-dir": { type: "string" },
      "write-snapshot": { type: "boolean", default: false },
    },
  });
  const problems = await checkDrift({
    databaseUrl: requireDatabaseUrl(),
    schemaPath: values.schema && path.resolve(values.schema),
    migrationsDir: values["migrations-dir"] && path.resolve(values["migrations-dir"]),
    writeSnapshot: values["write-snapshot"],
  });
  if (problems.length > 0) {
    console.error(`\nSchema drift detected:\n\n${problems.join("\n\n")}\n`);
    process.exitCode = 1;
    return;
  }
  console.log("No drift: prisma/schema.prisma, the snapshot and the migrations agree.");
}

if (isMain(import.meta.url)) runCli(main);
