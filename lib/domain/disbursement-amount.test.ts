import { describe, expect, it } from "vitest";
import { centsToInput, MAX_TRANCHE_CENTS, parseHkdAmount } from "./disbursement-amount";

function cents(input: string): bigint | string {
  const parsed = parseHkdAmount(input);
  return parsed.ok ? parsed.cents : parsed.problem;
}

describe("parseHkdAmount", () => {
  it("reads grouped amounts with cents exactly", () => {
    expect(cents("1,234.50")).toBe(123_450n);
    expect(cents("3,360,000.00")).toBe(336_000_000n);
    expect(cents("96,800")).toBe(9_680_000n);
  });

  it("reads plain digits, one decimal and whole dollars", () => {
    expect(cents("1234")).toBe(123_400n);
    expect(cents("1234.5")).toBe(123_450n);
    expect(cents("0.01")).toBe(1n);
    expect(cents("0.10")).toBe(10n);
  });

  it("accepts a currency prefix and surrounding spaces", () => {
    expect(cents("  HK$1,234.50 ")).toBe(123_450n);
    expect(cents("HK$ 40,000")).toBe(4_000_000n);
    expect(cents("HKD 500")).toBe(50_000n);
    expect(cents("$99.99")).toBe(9_999n);
  });

  it("stays exact where floating point would not", () => {
    // 0.1 + 0.2 and 1.005 * 100 are the classic float traps.
    expect(cents("0.30")).toBe(30n);
    expect(cents("1.005")).toMatch(/at most two decimals/);
    expect(cents("9,007,199,254,740.99")).toMatch(/larger than any grant/);
    expect(cents("99,999,999.99")).toBe(9_999_999_999n);
  });

  it("refuses zero, negatives and empty input", () => {
    expect(cents("")).toMatch(/Enter an amount/);
    expect(cents("   ")).toMatch(/Enter an amount/);
    expect(cents("0")).toMatch(/above zero/);
    expect(cents("0.00")).toMatch(/above zero/);
    expect(cents("-50")).toMatch(/above zero/);
  });

  it("accepts zero only when asked to", () => {
    expect(parseHkdAmount("0", { allowZero: true })).toEqual({ ok: true, cents: 0n });
    expect(parseHkdAmount("-1", { allowZero: true }).ok).toBe(false);
  });

  it("refuses malformed numbers instead of guessing", () => {
    for (const input of [
      "1,23,4",
      "12,34",
      "1.234,50",
      "1e6",
      "1 000",
      "12.",
      ".5",
      "abc",
      "1,234.5.0",
      "0x10",
      "١٢٣",
    ]) {
      expect(typeof cents(input), input).toBe("string");
    }
  });

  it("caps one tranche", () => {
    expect(cents("100,000,000.00")).toBe(MAX_TRANCHE_CENTS);
    expect(cents("100,000,000.01")).toMatch(/larger than any grant/);
  });
});

describe("centsToInput", () => {
  it("writes cents back as a plain decimal the parser reads again", () => {
    for (const value of [1n, 10n, 123_450n, 336_000_000n]) {
      expect(cents(centsToInput(value))).toBe(value);
    }
    expect(centsToInput(123_450n)).toBe("1234.50");
    expect(centsToInput(5n)).toBe("0.05");
  });
});
