import { describe, expect, it } from "vitest";
import {
  decodeAuditCursor,
  encodeAuditCursor,
  endOfHongKongDay,
  parseAuditFilters,
  startOfHongKongDay,
} from "./audit-filters";

describe("audit filters", () => {
  it("turns Hong Kong calendar days into instants (UTC+8, no daylight saving)", () => {
    expect(startOfHongKongDay("2026-03-02").toISOString()).toBe("2026-03-01T16:00:00.000Z");
    expect(endOfHongKongDay("2026-03-02").toISOString()).toBe("2026-03-02T16:00:00.000Z");
  });

  it("round-trips a cursor and refuses a forged one", () => {
    const cursor = { createdAt: new Date("2026-03-02T01:02:03.456Z"), id: "cm8x0abc123" };
    expect(decodeAuditCursor(encodeAuditCursor(cursor))).toEqual(cursor);
    expect(decodeAuditCursor("not-a-cursor")).toBeUndefined();
    expect(
      decodeAuditCursor(Buffer.from("2026-03-02T01:02:03Z|x' or 1=1").toString("base64url")),
    ).toBeUndefined();
  });

  it("drops an impossible month rather than throwing", () => {
    expect(parseAuditFilters({ to: "2026-13-45" }).toDay).toBeUndefined();
  });

  it("keeps good filters and drops bad ones", () => {
    expect(
      parseAuditFilters({
        action: " member. ",
        actor: "cm1",
        from: "2026-02-30",
        to: "2026-03-05",
        cursor: "%%",
      }),
    ).toEqual({
      actionPrefix: "member.",
      actorId: "cm1",
      fromDay: undefined, // 30 February does not exist
      toDay: "2026-03-05",
      cursor: undefined,
    });
  });
});
