import { describe, expect, it } from "vitest";
import { formatHkd } from "./money";
import { addTotals, closeOut, grantTotals, headroomProblem, totalsOf } from "./disbursement-totals";

describe("totalsOf", () => {
  it("splits tranches into requested, approved and paid, ignoring rejected ones", () => {
    const totals = totalsOf(336_000_000n, [
      { status: "REQUESTED", amountCents: 1_000_000n },
      { status: "APPROVED", amountCents: 2_000_000n },
      { status: "FINANCE_APPROVED", amountCents: 3_000_000n },
      { status: "PAID", amountCents: 41_250_000n },
      { status: "REJECTED", amountCents: 5_800_000n },
    ]);
    expect(totals).toEqual({
      capCents: 336_000_000n,
      requestedCents: 1_000_000n,
      approvedCents: 5_000_000n,
      paidCents: 41_250_000n,
      remainingCents: 336_000_000n - 5_000_000n - 41_250_000n,
      releasedCents: 0n,
    });
  });
});

describe("grantTotals", () => {
  it("totals each bucket and the grant", () => {
    const buckets = [
      { id: "s", capCents: 64_000_000n },
      { id: "u", capCents: 336_000_000n },
    ];
    const result = grantTotals(400_000_000n, buckets, [
      { bucketId: "s", status: "PAID", amountCents: 4_000_000n },
      { bucketId: "u", status: "APPROVED", amountCents: 10_000_000n },
      { bucketId: "u", status: "REQUESTED", amountCents: 1n },
    ]);
    expect(result.buckets.map((b) => b.totals.remainingCents)).toEqual([60_000_000n, 326_000_000n]);
    expect(result.totals).toMatchObject({
      capCents: 400_000_000n,
      paidCents: 4_000_000n,
      approvedCents: 10_000_000n,
      requestedCents: 1n,
      remainingCents: 386_000_000n,
    });
  });

  it("never shows more remaining than the buckets allow", () => {
    const result = grantTotals(600_000_000n, [{ id: "a", capCents: 100_000_000n }], []);
    expect(result.totals.remainingCents).toBe(100_000_000n);
  });

  it("adds totals exactly", () => {
    const sum = addTotals([totalsOf(1n, []), totalsOf(2n, [{ status: "PAID", amountCents: 1n }])]);
    expect(sum).toMatchObject({ capCents: 3n, paidCents: 1n, remainingCents: 2n });
  });
});

describe("closeOut", () => {
  it("releases a closed grant's undrawn money instead of counting it as remaining", () => {
    const closed = closeOut(
      totalsOf(600_000_000n, [{ status: "PAID", amountCents: 228_720_000n }]),
    );
    expect(closed).toMatchObject({
      remainingCents: 0n,
      releasedCents: 371_280_000n,
      paidCents: 228_720_000n,
    });
    expect(addTotals([closed, totalsOf(100n, [])])).toMatchObject({
      remainingCents: 100n,
      releasedCents: 371_280_000n,
    });
  });
});

describe("headroomProblem", () => {
  const bucket = { name: "Upfront grant", capCents: 100_000n, committedCents: 60_000n };
  const grant = { capCents: 1_000_000n, committedCents: 900_000n };

  it("allows exactly what is left", () => {
    expect(
      headroomProblem(40_000n, bucket, { capCents: 1_000_000n, committedCents: 0n }, formatHkd),
    ).toBeNull();
  });

  it("names the bucket, its cap and what is left", () => {
    expect(headroomProblem(40_001n, bucket, grant, formatHkd)).toBe(
      "HK$400.01 is more than the HK$400.00 left in Upfront grant (cap HK$1,000.00, HK$600.00 already approved or paid).",
    );
  });

  it("then checks the grant total", () => {
    expect(
      headroomProblem(30_000n, bucket, { capCents: 920_000n, committedCents: 900_000n }, formatHkd),
    ).toMatch(/more than the HK\$200.00 left in the grant/);
  });
});
