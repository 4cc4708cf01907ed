import { describe, expect, it } from "vitest";
import { DEFAULT_CALLBACK_PATH, safeCallbackPath } from "@/lib/auth/callback-url";

describe("safeCallbackPath", () => {
  it("keeps a same-origin path with its query and fragment", () => {
    expect(safeCallbackPath("/calls/hkstp/incu-bio-2027")).toBe("/calls/hkstp/incu-bio-2027");
    expect(safeCallbackPath("/hkstp/reviews?tab=open#due")).toBe("/hkstp/reviews?tab=open#due");
  });

  it.each([
    ["missing", undefined],
    ["an array of values", ["/a", "/b"]],
    ["empty", ""],
    ["an absolute URL", "https://evil.example/home"],
    ["a protocol-relative URL", "//evil.example/home"],
    ["a backslash host", "/\\evil.example"],
    ["a backslash later on", "/home\\..\\x"],
    ["a tab that browsers strip", "/\t/evil.example"],
    ["a newline", "/\n/evil.example"],
    ["a relative path without a slash", "home"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a very long path", `/${"a".repeat(2001)}`],
  ])("falls back to /home for %s", (_case, value) => {
    expect(safeCallbackPath(value)).toBe(DEFAULT_CALLBACK_PATH);
  });

  it("normalises dot segments without leaving the origin", () => {
    expect(safeCallbackPath("/../../etc")).toBe("/etc");
  });
});
