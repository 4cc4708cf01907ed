const hkdFormats = new Map<string, { exact: Intl.NumberFormat; whole: Intl.NumberFormat }>();

/** Cached currency formats per BCP 47 locale (en-HK, zh-HK, zh-CN all write "HK$1,234.56"). */
function hkdFormatsFor(locale: string) {
  let formats = hkdFormats.get(locale);
  if (!formats) {
    formats = {
      exact: new Intl.NumberFormat(locale, { style: "currency", currency: "HKD" }),
      whole: new Intl.NumberFormat(locale, {
        style: "currency",
        currency: "HKD",
        maximumFractionDigits: 0,
      }),
    };
    hkdFormats.set(locale, formats);
  }
  return formats;
}

/**
 * Formats integer HKD cents exactly, e.g. 123456789n → "HK$1,234,567.89". With
 * `omitZeroCents`, a whole-dollar amount drops its ".00" (headline caps: "HK$6,000,000").
 * `locale` is a BCP 47 formatting locale (default en-HK).
 */
export function formatHkd(
  cents: bigint,
  { omitZeroCents = false, locale = "en-HK" }: { omitZeroCents?: boolean; locale?: string } = {},
): string {
  const formats = hkdFormatsFor(locale);
  const isNegative = cents < 0n;
  const absolute = isNegative ? -cents : cents;
  const whole = absolute / 100n;
  const fraction = absolute % 100n;
  if (omitZeroCents && fraction === 0n) return formats.whole.format(isNegative ? -whole : whole);
  // A decimal string keeps Intl exact: converting to a Number would lose cents above 2^53.
  const decimal =
    `${isNegative ? "-" : ""}${whole}.${fraction.toString().padStart(2, "0")}` as `${number}`;
  return formats.exact.format(decimal);
}

/** Sums a list of cent amounts (BigInt has no built-in sum). */
export function sumCents(amounts: Iterable<bigint>): bigint {
  let total = 0n;
  for (const amount of amounts) total += amount;
  return total;
}

/** `part / whole` as a number between 0 and 1 (to 0.01 %), for progress bars; 0 when whole ≤ 0. */
export function shareOf(part: bigint, whole: bigint): number {
  if (whole <= 0n) return 0;
  const basisPoints = (part * 10_000n) / whole;
  return Math.min(1, Math.max(0, Number(basisPoints) / 10_000));
}
