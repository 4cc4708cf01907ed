import { describe, expect, it } from "vitest";

import { parseSnapshot, renderSnapshot } from "./snapshot";

describe("schema snapshot", () => {
  it("records the migration it belongs to and keeps the datamodel intact", () => {
    const datamodel =
      'datasource db {\n  provider = "postgresql"\n}\n\nmodel A {\n  id Int @id\n}\n';
    const content = renderSnapshot(datamodel, "20250101000000_init");
    expect(content.startsWith("// Schema snapshot after migration 20250101000000_init\n")).toBe(
      true,
    );
    expect(content.endsWith(datamodel)).toBe(true);
    const parsed = parseSnapshot(content);
    expect(parsed.migrationName).toBe("20250101000000_init");
    expect(parsed.datamodel).toBe(content);
  });

  it("has no migration name when the header is missing", () => {
    expect(parseSnapshot("model A {\n  id Int @id\n}\n").migrationName).toBeUndefined();
  });
});
