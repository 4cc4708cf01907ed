import { describe, expect, it } from "vitest";
import { createFormat } from "./formatters";

describe("createFormat", () => {
  const moment = new Date("2026-06-30T15:59:00Z"); // 23:59 in Hong Kong

  it("writes HKD exactly in every language", () => {
    expect(createFormat("en").money(123456789n)).toBe("HK$1,234,567.89");
    expect(createFormat("zh-HK").money(600000000n)).toBe("HK$6,000,000.00");
    expect(createFormat("zh-CN").moneyWhole(600000000n)).toBe("HK$6,000,000");
    // Above 2^53 cents, still exact.
    expect(createFormat("en").money(900719925474099312n)).toBe("HK$9,007,199,254,740,993.12");
  });

  it("writes dates in Hong Kong time, in each language's convention", () => {
    expect(createFormat("en").date(moment)).toBe("30 Jun 2026");
    expect(createFormat("zh-HK").date(moment)).toBe("2026年6月30日");
    expect(createFormat("zh-CN").date(moment)).toBe("2026年6月30日");
    expect(createFormat("en").dateTime(moment)).toBe("30 Jun 2026, 23:59");
    expect(createFormat("zh-HK").dateTime(moment)).toMatch(/^2026年6月30日.*23:59$/);
  });

  it("falls back to English for an unknown locale and formats numbers and shares", () => {
    expect(createFormat("fr").locale).toBe("en");
    expect(createFormat("en").number(15000)).toBe("15,000");
    expect(createFormat("zh-HK").percent(0.425)).toBe("42.5%");
  });
});
