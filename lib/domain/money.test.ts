import { describe, expect, it } from "vitest";
import { formatHkd, shareOf, sumCents } from "./money";

describe("formatHkd", () => {
  it("formats cents as Hong Kong dollars with grouping and two decimals", () => {
    expect(formatHkd(123456789n)).toBe("HK$1,234,567.89");
  });

  it("shows whole dollars with .00", () => {
    expect(formatHkd(600_000_000n)).toBe("HK$6,000,000.00");
  });

  it("formats zero and single cents", () => {
    expect(formatHkd(0n)).toBe("HK$0.00");
    expect(formatHkd(1n)).toBe("HK$0.01");
    expect(formatHkd(10n)).toBe("HK$0.10");
  });

  it("keeps the sign of negative amounts", () => {
    expect(formatHkd(-150n)).toBe("-HK$1.50");
  });

  it("can drop .00 from whole-dollar amounts, but never real cents", () => {
    expect(formatHkd(600_000_000n, { omitZeroCents: true })).toBe("HK$6,000,000");
    expect(formatHkd(600_000_050n, { omitZeroCents: true })).toBe("HK$6,000,000.50");
    expect(formatHkd(-300n, { omitZeroCents: true })).toBe("-HK$3");
  });

  it("stays exact beyond Number.MAX_SAFE_INTEGER", () => {
    expect(formatHkd(900719925474099199n)).toBe("HK$9,007,199,254,740,991.99");
  });
});

describe("sumCents", () => {
  it("adds bigint amounts exactly", () => {
    expect(sumCents([64_000_000n, 336_000_000n, 200_000_000n])).toBe(600_000_000n);
    expect(sumCents([])).toBe(0n);
  });
});

describe("shareOf", () => {
  it("returns the fraction of the whole", () => {
    expect(shareOf(150_000_000n, 600_000_000n)).toBe(0.25);
  });

  it("is 0 for an empty whole and never above 1", () => {
    expect(shareOf(5n, 0n)).toBe(0);
    expect(shareOf(700n, 600n)).toBe(1);
  });
});
