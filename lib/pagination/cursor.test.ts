import { describe, expect, it } from "vitest";
import { cursorDate, decodeCursor, encodeCursor, pageHref, takePage } from "./cursor";

describe("cursor pagination", () => {
  it("round-trips a sort key and refuses forged or mis-shaped cursors", () => {
    const cursor = encodeCursor(["2026-03-02T01:02:03.456Z", "cm8x0abc123"]);
    expect(decodeCursor(cursor, 2)).toEqual(["2026-03-02T01:02:03.456Z", "cm8x0abc123"]);
    expect(decodeCursor(cursor, 3)).toBeUndefined();
    expect(decodeCursor("not a cursor!", 2)).toBeUndefined();
    expect(decodeCursor(Buffer.from('{"a":1}').toString("base64url"), 1)).toBeUndefined();
    expect(decodeCursor(Buffer.from("[[1],2]").toString("base64url"), 2)).toBeUndefined();
    expect(decodeCursor("x".repeat(1000), 2)).toBeUndefined();
    expect(decodeCursor(undefined, 2)).toBeUndefined();
    expect(cursorDate("2026-03-02T01:02:03.456Z")?.toISOString()).toBe("2026-03-02T01:02:03.456Z");
    expect(cursorDate("yesterday")).toBeUndefined();
  });

  it("takes a page of size rows and a next cursor only when there are more", () => {
    const rows = [1, 2, 3, 4].map((n) => ({ id: `r${n}` }));
    const page = takePage(rows, (row) => [row.id], 3);
    expect(page.items.map((row) => row.id)).toEqual(["r1", "r2", "r3"]);
    expect(decodeCursor(page.nextCursor, 1)).toEqual(["r3"]);
    expect(takePage(rows.slice(0, 3), (row) => [row.id], 3).nextCursor).toBeNull();
  });

  it("keeps the filters in page links", () => {
    expect(pageHref("/hkstp/cohort", { status: "ACTIVE", cursor: "old" }, "new")).toBe(
      "/hkstp/cohort?status=ACTIVE&cursor=new",
    );
    expect(pageHref("/hkstp/cohort", { cursor: "old" }, null)).toBe("/hkstp/cohort");
  });
});
