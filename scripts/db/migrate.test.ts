import { describe, expect, it } from "vitest";

import { migrationChecksum } from "./checksum";
import {
  findHistoryProblems,
  formatApplyError,
  MIGRATIONS_TABLE_DDL,
  type MigrationRecord,
  pendingMigrations,
} from "./migrate";
import type { LocalMigration } from "./migration-files";

const local = (name: string, script = `-- ${name}\n`): LocalMigration => ({
  name,
  script,
  checksum: migrationChecksum(script),
});

const record = (
  migration: LocalMigration,
  overrides: Partial<MigrationRecord> = {},
): MigrationRecord => ({
  id: `id-${migration.name}`,
  checksum: migration.checksum,
  finished_at: new Date("2025-01-01T00:00:01Z"),
  migration_name: migration.name,
  logs: null,
  rolled_back_at: null,
  started_at: new Date("2025-01-01T00:00:00Z"),
  applied_steps_count: 1,
  ...overrides,
});

describe("pendingMigrations", () => {
  it("returns local migrations without a live record, in order", () => {
    const [a, b, c] = [
      local("20250101000000_a"),
      local("20250102000000_b"),
      local("20250103000000_c"),
    ];
    expect(pendingMigrations([record(a!)], [a!, b!, c!]).map((m) => m.name)).toEqual([
      b!.name,
      c!.name,
    ]);
  });

  it("treats a rolled-back record as not applied", () => {
    const a = local("20250101000000_a");
    const rolledBack = record(a, { finished_at: null, rolled_back_at: new Date() });
    expect(pendingMigrations([rolledBack], [a]).map((m) => m.name)).toEqual([a.name]);
  });
});

describe("findHistoryProblems", () => {
  it("accepts a clean history", () => {
    const a = local("20250101000000_a");
    expect(findHistoryProblems([record(a)], [a, local("20250102000000_b")])).toEqual([]);
  });

  it("reports a failed migration with its logs and the way out", () => {
    const a = local("20250101000000_a");
    const [problem] = findHistoryProblems([record(a, { finished_at: null, logs: "boom" })], [a]);
    expect(problem).toContain(
      "`20250101000000_a` migration started at 2025-01-01T00:00:00.000Z failed",
    );
    expect(problem).toContain("boom");
    expect(problem).toContain("--rolled-back 20250101000000_a");
  });

  it("reports an applied migration whose migration.sql changed", () => {
    const applied = local("20250101000000_a", "CREATE TABLE a ();\n");
    const edited = local("20250101000000_a", "CREATE TABLE a (id int);\n");
    const [problem] = findHistoryProblems([record(applied)], [edited]);
    expect(problem).toContain("was modified after it was applied");
    expect(problem).toContain(applied.checksum);
  });

  it("ignores rolled-back rows and line-ending-only changes", () => {
    const unix = local("20250101000000_a", "SELECT 1;\nSELECT 2;\n");
    const windows = local("20250101000000_a", "SELECT 1;\r\nSELECT 2;\r\n");
    const failedThenRolledBack = record(unix, {
      finished_at: null,
      rolled_back_at: new Date(),
      checksum: "x",
    });
    expect(findHistoryProblems([failedThenRolledBack, record(unix)], [windows])).toEqual([]);
  });
});

describe("formatApplyError", () => {
  it("names the migration, the SQLSTATE and the failing line", () => {
    const script = "CREATE TABLE a (id int);\nALTER TABLE nope ADD x int;\n";
    const error = Object.assign(new Error('relation "nope" does not exist'), {
      code: "42P01",
      position: String(script.indexOf("nope") + 1),
    });
    const text = formatApplyError("20250101000000_a", script, error);
    expect(text).toContain("Migration name: 20250101000000_a");
    expect(text).toContain("Database error code: 42P01");
    expect(text).toContain('ERROR: relation "nope" does not exist');
    expect(text).toContain("  2 > ALTER TABLE nope ADD x int;");
  });
});

describe("MIGRATIONS_TABLE_DDL", () => {
  it("declares the columns of Prisma's _prisma_migrations table", () => {
    for (const column of [
      "id                      VARCHAR(36) PRIMARY KEY NOT NULL",
      "checksum                VARCHAR(64) NOT NULL",
      "finished_at             TIMESTAMPTZ",
      "migration_name          VARCHAR(255) NOT NULL",
      "logs                    TEXT",
      "rolled_back_at          TIMESTAMPTZ",
      "started_at              TIMESTAMPTZ NOT NULL DEFAULT now()",
      "applied_steps_count     INTEGER NOT NULL DEFAULT 0",
    ]) {
      expect(MIGRATIONS_TABLE_DDL).toContain(column);
    }
  });
});
