import { describe, expect, it } from "vitest";
import { hasUnstorableText } from "./storable-text";

describe("hasUnstorableText", () => {
  it("finds a NUL or a lone surrogate anywhere in an input, keys included", () => {
    expect(hasUnstorableText("nul\u0000inside")).toBe(true);
    expect(hasUnstorableText({ answers: { q1: ["ok", "\ud83e"] } })).toBe(true);
    expect(hasUnstorableText({ ["\udc00"]: "value" })).toBe(true);
    expect(hasUnstorableText("tail \ud83e")).toBe(true);
  });

  it("accepts any well-formed text: CJK, emoji, other control characters", () => {
    expect(hasUnstorableText({ name: "香港科學園 🧬👩‍🔬", note: "tab\tand\nnewline\u0001" })).toBe(
      false,
    );
    expect(hasUnstorableText([1, null, true, undefined, { deep: "fine" }])).toBe(false);
  });
});
