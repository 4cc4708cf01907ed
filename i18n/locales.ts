/** The interface languages, in the order the language switch lists them. */
export const LOCALES = ["en", "zh-HK", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie that remembers the choice on this browser (the account keeps it too). */
export const LOCALE_COOKIE = "incubase-locale";

/** Each language in its own script, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  "zh-HK": "繁體中文",
  "zh-CN": "简体中文",
};

/** The `lang` attribute and formatting locale: Hong Kong conventions for English too. */
export const FORMAT_LOCALE: Record<Locale, string> = {
  en: "en-HK",
  "zh-HK": "zh-HK",
  "zh-CN": "zh-CN",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The best interface language for an Accept-Language header: Traditional Chinese for zh-HK,
 * zh-TW, zh-MO and zh-Hant; Simplified for other Chinese; English otherwise.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...parameters] = part.trim().split(";");
      const q = parameters.find((p) => p.trim().startsWith("q="));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith("en")) return "en";
    if (tag.startsWith("zh")) {
      return /^zh-(hk|tw|mo|hant)/.test(tag) ? "zh-HK" : "zh-CN";
    }
  }
  return DEFAULT_LOCALE;
}
