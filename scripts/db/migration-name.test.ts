import { describe, expect, it } from "vitest";

import {
  migrationTimestamp,
  newMigrationDirectoryName,
  snakeMigrationName,
} from "./migration-name";

describe("snakeMigrationName", () => {
  it("lower-cases and joins words with underscores", () => {
    expect(snakeMigrationName("Add grant tables")).toBe("add_grant_tables");
    expect(snakeMigrationName("  add--RLS  policies! ")).toBe("add_rls_policies");
  });

  it("splits camelCase and acronyms like Prisma's slugify", () => {
    expect(snakeMigrationName("addUserTable")).toBe("add_user_table");
    expect(snakeMigrationName("addRLSPolicies")).toBe("add_rls_policies");
    expect(snakeMigrationName("v2Schema")).toBe("v2_schema");
  });

  it("drops accents and keeps at most 200 characters", () => {
    expect(snakeMigrationName("créer_résumé")).toBe("creer_resume");
    const long = snakeMigrationName("x".repeat(250));
    expect(long).toHaveLength(200);
  });

  it("returns an empty string when nothing usable is left", () => {
    expect(snakeMigrationName("!!!")).toBe("");
  });
});

describe("migrationTimestamp", () => {
  it("formats UTC as YYYYMMDDHHMMSS", () => {
    expect(migrationTimestamp(new Date("2025-03-04T05:06:07.890Z"))).toBe("20250304050607");
  });
});

describe("newMigrationDirectoryName", () => {
  const now = new Date("2025-03-04T05:06:07Z");

  it("prefixes the timestamp of now", () => {
    expect(newMigrationDirectoryName("init", [], now)).toBe("20250304050607_init");
    expect(newMigrationDirectoryName("Add Grants", ["20250101000000_init"], now)).toBe(
      "20250304050607_add_grants",
    );
  });

  it("moves one second past the newest migration when now would not sort last", () => {
    expect(newMigrationDirectoryName("b", ["20250304050607_z"], now)).toBe("20250304050608_b");
    expect(newMigrationDirectoryName("next", ["20300101000000_future"], now)).toBe(
      "20300101000001_next",
    );
  });

  it("keeps now when the same second still sorts after the newest", () => {
    expect(newMigrationDirectoryName("b", ["20250304050607_a"], now)).toBe("20250304050607_b");
  });

  it("rejects names without letters or digits", () => {
    expect(() => newMigrationDirectoryName("???", [], now)).toThrow(/no letters or digits/);
  });
});
