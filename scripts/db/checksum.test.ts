import { describe, expect, it } from "vitest";

import { migrationChecksum, scriptMatchesChecksum } from "./checksum";

describe("migrationChecksum", () => {
  it("is the sha256 hex of the script (Prisma's own test vector)", () => {
    expect(migrationChecksum("hello")).toBe(
      "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
    );
    expect(migrationChecksum("abcd")).toHaveLength(64);
  });
});

describe("scriptMatchesChecksum", () => {
  it("matches the same script and rejects a different one", () => {
    expect(scriptMatchesChecksum("abc", migrationChecksum("abc"))).toBe(true);
    expect(scriptMatchesChecksum("abc", migrationChecksum("abcd"))).toBe(false);
    expect(scriptMatchesChecksum("abc\n", migrationChecksum("abc"))).toBe(false);
  });

  it("ignores LF versus CRLF line endings, like Prisma", () => {
    const unix = "ab\ncd\nef\n";
    const windows = "ab\r\ncd\r\nef\r\n";
    expect(scriptMatchesChecksum(unix, migrationChecksum(windows))).toBe(true);
    expect(scriptMatchesChecksum(windows, migrationChecksum(unix))).toBe(true);
  });

  it("accepts the legacy checksums that were not zero-padded", () => {
    // sha256("hello") contains the bytes 0x0e and 0x04, rendered as "e" and "4" by old Prisma.
    const legacy = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
      .match(/../g)!
      .map((byte) => parseInt(byte, 16).toString(16))
      .join("");
    expect(legacy.length).toBeLessThan(64);
    expect(scriptMatchesChecksum("hello", legacy)).toBe(true);
    expect(scriptMatchesChecksum("hell", legacy)).toBe(false);
  });
});
