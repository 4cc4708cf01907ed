/** Locations the migration tooling works with, resolved from this file (not the cwd). */
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The Prisma schema (same path as prisma.config.ts `schema`). */
export const SCHEMA_PATH = path.join(REPO_ROOT, "prisma", "schema.prisma");

/** Migration directories (same path as prisma.config.ts `migrations.path`). */
export const MIGRATIONS_DIR = path.join(REPO_ROOT, "prisma", "migrations");

/**
 * The datamodel that the committed migrations produce, written by new-migration.ts.
 *
 * It is a plain file at the top of prisma/migrations: `prisma migrate` only reads the
 * subdirectories there (each must hold migration.sql) and migration_lock.toml, and the
 * extension is not `.prisma`, so no schema loader (single file or folder) ever picks it up.
 */
export const SNAPSHOT_FILE_NAME = "schema.prisma.snapshot";

export function snapshotPathFor(migrationsDir: string): string {
  return path.join(migrationsDir, SNAPSHOT_FILE_NAME);
}

export const SNAPSHOT_PATH = snapshotPathFor(MIGRATIONS_DIR);

/** Relative path for messages. */
export function displayPath(absolutePath: string): string {
  return path.relative(process.cwd(), absolutePath) || ".";
}
