import { describe, expect, it } from "vitest";

import type { FingerprintEntry } from "./fingerprint";
import { diffFingerprints, formatFingerprintDiff, isEmptyDiff } from "./fingerprint-diff";

const table = (name: string): FingerprintEntry => ({
  kind: "table",
  schema: "public",
  name,
  value: "table",
});
const column = (tableName: string, name: string, value: string): FingerprintEntry => ({
  kind: "column",
  schema: "public",
  table: tableName,
  name,
  value,
});
const index = (
  tableName: string,
  name: string,
  value: string,
  unmodelled = false,
): FingerprintEntry => ({
  kind: "index",
  schema: "public",
  table: tableName,
  name,
  value,
  ...(unmodelled ? { unmodelled: true as const } : {}),
});

describe("diffFingerprints", () => {
  it("finds nothing for equal fingerprints in any order", () => {
    const a = [table("User"), column("User", "id", "text NOT NULL")];
    const diff = diffFingerprints(a, [...a].reverse());
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.ignored).toEqual([]);
  });

  it("separates one-sided and changed entries", () => {
    const left = [
      table("User"),
      column("User", "id", "text NOT NULL"),
      column("User", "old", "text NULL"),
    ];
    const right = [
      table("User"),
      column("User", "id", "uuid NOT NULL"),
      column("User", "nickname", "text NULL"),
    ];
    const diff = diffFingerprints(left, right);
    expect(diff.onlyLeft.map((entry) => entry.name)).toEqual(["old"]);
    expect(diff.onlyRight.map((entry) => entry.name)).toEqual(["nickname"]);
    expect(diff.changed).toEqual([{ left: left[1], right: right[1] }]);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it("does not count one-sided unmodelled indexes as drift", () => {
    const expression = index("Post", "Post_lower_title_idx", "CREATE INDEX … (lower(title))", true);
    const diff = diffFingerprints([table("Post"), expression], [table("Post")]);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.ignored).toEqual([expression]);
  });

  it("still reports a plain index that exists on one side only", () => {
    const diff = diffFingerprints([index("Post", "Post_title_idx", "CREATE INDEX … (title)")], []);
    expect(diff.onlyLeft).toHaveLength(1);
  });
});

describe("formatFingerprintDiff", () => {
  it("collapses a missing table into one line and shows both values of a change", () => {
    const left = [table("User"), column("User", "email", "text NOT NULL")];
    const right = [
      table("User"),
      column("User", "email", "varchar(100) NOT NULL"),
      table("Grant"),
      column("Grant", "id", "text NOT NULL"),
      index("Grant", "Grant_pkey", "CREATE UNIQUE INDEX …"),
    ];
    const text = formatFingerprintDiff(
      diffFingerprints(left, right),
      "migrations",
      "schema.prisma",
    );
    expect(text).toContain("In schema.prisma but not in migrations:");
    expect(text).toContain("+ table public.Grant (with 2 columns, indexes and constraints)");
    expect(text).not.toContain("Grant.id");
    expect(text).toContain("~ column public.User.email");
    expect(text).toMatch(/migrations:\s+text NOT NULL/);
    expect(text).toMatch(/schema\.prisma:\s+varchar\(100\) NOT NULL/);
  });

  it("lists entries present only on the left with a minus sign", () => {
    const text = formatFingerprintDiff(
      diffFingerprints([{ kind: "enum", schema: "public", name: "Role", value: "ADMIN" }], []),
      "migrations",
      "schema.prisma",
    );
    expect(text).toBe("In migrations but not in schema.prisma:\n  - enum public.Role: ADMIN");
  });
});
