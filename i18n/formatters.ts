import { formatHkDate, formatHkDateTime } from "@/lib/domain/dates";
import { formatHkd } from "@/lib/domain/money";
import { FORMAT_LOCALE, isLocale, DEFAULT_LOCALE, type Locale } from "./locales";

/**
 * Money, dates and numbers in the interface language's Hong Kong conventions, always in Hong
 * Kong time. Money is exact integer cents (bigint), never a float.
 */
export type Format = {
  locale: Locale;
  /** HK$1,234,567.89 */
  money: (cents: bigint) => string;
  /** HK$6,000,000 when the cents are zero, else exact. */
  moneyWhole: (cents: bigint) => string;
  /** 30 Jun 2026 / 2026年6月30日 */
  date: (value: Date) => string;
  /** 30 Jun 2026, 23:59 / 2026年6月30日 23:59 */
  dateTime: (value: Date) => string;
  number: (value: number) => string;
  /** 0.425 → 42.5% (one decimal at most). */
  percent: (share: number) => string;
};

const formats = new Map<Locale, Format>();

export function createFormat(requested: string): Format {
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const cached = formats.get(locale);
  if (cached) return cached;
  const tag = FORMAT_LOCALE[locale];
  const numberFormat = new Intl.NumberFormat(tag);
  const percentFormat = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 });
  const format: Format = {
    locale,
    money: (cents) => formatHkd(cents, { locale: tag }),
    moneyWhole: (cents) => formatHkd(cents, { locale: tag, omitZeroCents: true }),
    date: (value) => formatHkDate(value, tag),
    dateTime: (value) => formatHkDateTime(value, tag),
    number: (value) => numberFormat.format(value),
    percent: (share) => percentFormat.format(share),
  };
  formats.set(locale, format);
  return format;
}
