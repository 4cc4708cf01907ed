import { describe, expect, it } from "vitest";
import {
  digestTimeOfDay,
  groupByHongKongDay,
  groupDigestsByRecipient,
  hongKongDayKey,
  latestDigestTime,
  nextDigestAt,
} from "@/lib/notifications/digest";

const at = (iso: string) => new Date(iso);

describe("Hong Kong days", () => {
  it("a Hong Kong day starts at 16:00 UTC the day before", () => {
    expect(hongKongDayKey(at("2026-11-21T15:59:59.999Z"))).toBe("2026-11-21"); // 23:59 HKT
    expect(hongKongDayKey(at("2026-11-21T16:00:00.000Z"))).toBe("2026-11-22"); // 00:00 HKT
  });

  it("the digest of a day is at 08:00 HKT (00:00 UTC), due from then on", () => {
    expect(digestTimeOfDay(at("2026-11-22T03:00:00Z")).toISOString()).toBe(
      "2026-11-22T00:00:00.000Z",
    );
    // 07:59 HKT on the 22nd: the latest digest is the 21st's; the next is at 08:00 this morning.
    const beforeEight = at("2026-11-21T23:59:00Z");
    expect(latestDigestTime(beforeEight).toISOString()).toBe("2026-11-21T00:00:00.000Z");
    expect(nextDigestAt(beforeEight).toISOString()).toBe("2026-11-22T00:00:00.000Z");
    // 08:00 HKT exactly: today's digest is due; the next one is tomorrow's.
    const eight = at("2026-11-22T00:00:00Z");
    expect(latestDigestTime(eight).toISOString()).toBe("2026-11-22T00:00:00.000Z");
    expect(nextDigestAt(eight).toISOString()).toBe("2026-11-23T00:00:00.000Z");
    // 23:30 HKT on the 22nd (15:30 UTC): still the 22nd's digest, the next on the 23rd.
    const lateEvening = at("2026-11-22T15:30:00Z");
    expect(latestDigestTime(lateEvening).toISOString()).toBe("2026-11-22T00:00:00.000Z");
    expect(nextDigestAt(lateEvening).toISOString()).toBe("2026-11-23T00:00:00.000Z");
    // 00:30 HKT on the 23rd (16:30 UTC on the 22nd): a new HK day, but its digest is not due yet.
    const afterMidnight = at("2026-11-22T16:30:00Z");
    expect(hongKongDayKey(afterMidnight)).toBe("2026-11-23");
    expect(latestDigestTime(afterMidnight).toISOString()).toBe("2026-11-22T00:00:00.000Z");
  });
});

describe("groupByHongKongDay", () => {
  it("splits at Hong Kong midnight, not UTC midnight, newest first", () => {
    const notices = [
      { id: "a", createdAt: at("2026-11-21T15:59:00Z") }, // 21 Nov 23:59 HKT
      { id: "b", createdAt: at("2026-11-21T16:01:00Z") }, // 22 Nov 00:01 HKT (same UTC day as a)
      { id: "c", createdAt: at("2026-11-22T01:00:00Z") }, // 22 Nov 09:00 HKT
      { id: "d", createdAt: at("2026-11-20T23:00:00Z") }, // 21 Nov 07:00 HKT (UTC day before)
    ];
    expect(
      groupByHongKongDay(notices).map((g) => ({ day: g.day, ids: g.notices.map((n) => n.id) })),
    ).toEqual([
      { day: "2026-11-22", ids: ["c", "b"] },
      { day: "2026-11-21", ids: ["a", "d"] },
    ]);
  });

  it("is empty for no notices", () => {
    expect(groupByHongKongDay([])).toEqual([]);
  });
});

describe("groupDigestsByRecipient", () => {
  it("makes one digest per user, each with its own days", () => {
    const notices = [
      { userId: "u1", id: "1", createdAt: at("2026-11-21T10:00:00Z") },
      { userId: "u2", id: "2", createdAt: at("2026-11-21T10:00:00Z") },
      { userId: "u1", id: "3", createdAt: at("2026-11-21T17:00:00Z") },
    ];
    const digests = groupDigestsByRecipient(notices);
    expect(digests.map((d) => d.userId)).toEqual(["u1", "u2"]);
    const first = digests[0]!;
    expect(first.count).toBe(2);
    expect(first.days.map((g) => [g.day, g.notices.map((n) => n.id)])).toEqual([
      ["2026-11-22", ["3"]],
      ["2026-11-21", ["1"]],
    ]);
    expect(digests[1]?.days).toEqual([{ day: "2026-11-21", notices: [notices[1]] }]);
  });
});
