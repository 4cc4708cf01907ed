/**
 * Reading money typed by a person, exactly: "1,234.50", "HK$ 1234.5" and "1234" all become
 * integer HKD cents without ever passing through a floating-point number.
 */

/** Largest amount one tranche may ask for: HK$100,000,000.00 (far above any programme cap). */
export const MAX_TRANCHE_CENTS = 10_000_000_000n;

export type ParsedAmount = { ok: true; cents: bigint } | { ok: false; problem: string };

// Whole dollars either without separators or grouped in threes ("1,234,567"); at most two
// decimals. A leading "HK$", "$" or "HKD" and surrounding spaces are allowed.
const AMOUNT_PATTERN = /^(?:(\d{1,3}(?:,\d{3})+)|(\d+))(?:\.(\d{1,2}))?$/;

/**
 * Parses an HKD amount typed by a person into cents, with a message when it cannot. Zero is
 * refused unless `allowZero` (a bucket an award leaves unfunded).
 */
export function parseHkdAmount(
  input: string,
  { allowZero = false }: { allowZero?: boolean } = {},
): ParsedAmount {
  const text = input
    .trim()
    .replace(/^(?:HK\$|HKD|\$)\s*/i, "")
    .trim();
  if (text === "") return { ok: false, problem: "Enter an amount in Hong Kong dollars" };
  if (text.startsWith("-")) return { ok: false, problem: "Enter an amount above zero" };
  const match = AMOUNT_PATTERN.exec(text);
  if (!match) {
    return {
      ok: false,
      problem: "Enter the amount as digits, e.g. 12,500 or 12500.50 (at most two decimals)",
    };
  }
  const wholeDigits = (match[1] ?? match[2] ?? "0").replaceAll(",", "");
  const fraction = (match[3] ?? "").padEnd(2, "0");
  const cents = BigInt(wholeDigits) * 100n + BigInt(fraction || "0");
  if (cents === 0n && !allowZero) return { ok: false, problem: "Enter an amount above zero" };
  if (cents > MAX_TRANCHE_CENTS) {
    return { ok: false, problem: "That amount is larger than any grant allows" };
  }
  return { ok: true, cents };
}

/** Cents as the plain decimal an input shows, e.g. 123450n → "1234.50" (no symbol, no commas). */
export function centsToInput(cents: bigint): string {
  const isNegative = cents < 0n;
  const absolute = isNegative ? -cents : cents;
  const fraction = (absolute % 100n).toString().padStart(2, "0");
  return `${isNegative ? "-" : ""}${absolute / 100n}.${fraction}`;
}
