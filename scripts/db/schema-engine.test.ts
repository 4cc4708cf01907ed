import { describe, expect, it } from "vitest";

import { describeEngineError, EMPTY_MIGRATION_SQL, isEmptyMigration } from "./schema-engine";

describe("isEmptyMigration", () => {
  it("is true for the engine's empty migration and for comments only", () => {
    expect(isEmptyMigration(`${EMPTY_MIGRATION_SQL}\n`)).toBe(true);
    expect(isEmptyMigration("/* nothing */\n-- at all\n\n")).toBe(true);
  });

  it("is false as soon as there is a statement", () => {
    expect(isEmptyMigration('-- CreateTable\nCREATE TABLE "A" ("id" INTEGER);\n')).toBe(false);
  });
});

describe("describeEngineError", () => {
  it("reads messages from errors, JSON strings and objects", () => {
    expect(describeEngineError(new Error("boom"))).toBe("boom");
    expect(describeEngineError('{"message":"from json"}')).toBe("from json");
    expect(describeEngineError({ message: "from object" })).toBe("from object");
    expect(describeEngineError("plain text")).toBe("plain text");
  });
});
