import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./locales";
import { isClientNamespace, loadMessages, pickClientMessages } from "./messages";

const enMessages = loadMessages("en");
const zhHkMessages = loadMessages("zh-HK");
const zhCnMessages = loadMessages("zh-CN");

function keysOf(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? keysOf(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe("localeFromAcceptLanguage", () => {
  it("maps Hong Kong, Taiwan, Macau and Hant to Traditional, other Chinese to Simplified", () => {
    expect(localeFromAcceptLanguage("zh-HK,zh;q=0.9,en;q=0.8")).toBe("zh-HK");
    expect(localeFromAcceptLanguage("zh-TW")).toBe("zh-HK");
    expect(localeFromAcceptLanguage("zh-Hant-HK")).toBe("zh-HK");
    expect(localeFromAcceptLanguage("zh-CN,zh;q=0.9")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("zh")).toBe("zh-CN");
  });

  it("honours quality values and falls back to English", () => {
    expect(localeFromAcceptLanguage("fr;q=1, en;q=0.5, zh-HK;q=0.8")).toBe("zh-HK");
    expect(localeFromAcceptLanguage("ja, de")).toBe("en");
    expect(localeFromAcceptLanguage("zh-HK;q=0")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });
});

describe("message catalogues", () => {
  it("have the same keys in every language", () => {
    const english = keysOf(enMessages).sort();
    expect(keysOf(zhHkMessages).sort()).toEqual(english);
    expect(keysOf(zhCnMessages).sort()).toEqual(english);
  });

  it("have no empty strings", () => {
    for (const messages of [enMessages, zhHkMessages, zhCnMessages]) {
      const empty = keysOf(messages).filter((key) => {
        const value = key
          .split(".")
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });

  it("send only the shell's and the *Client namespaces to the browser", () => {
    const sent = Object.keys(pickClientMessages(enMessages));
    expect(sent).toContain("nav");
    expect(sent.every(isClientNamespace)).toBe(true);
    expect(isClientNamespace("cohortClient")).toBe(true);
    expect(isClientNamespace("cohort")).toBe(false);
  });
});
