/** Integer HKD cents as the text of an amount input ("1500000.5" → shown as "1500000.50"). */
export function centsToInputText(cents: unknown): string {
  if (typeof cents !== "number" || !Number.isSafeInteger(cents)) return "";
  const whole = Math.trunc(cents / 100);
  const fraction = Math.abs(cents % 100);
  return fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(2, "0")}`;
}

/**
 * Parses an amount in HK dollars typed by a person ("1,500,000.50") into integer cents, exactly
 * (string arithmetic, no floating point). Empty text is null; anything else unreadable is NaN.
 */
export function inputTextToCents(text: string): number | null {
  const cleaned = text.replace(/[\s,]/g, "").replace(/^HK\$/i, "");
  if (cleaned === "") return null;
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return Number.NaN;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(cents) ? cents : Number.NaN;
}
