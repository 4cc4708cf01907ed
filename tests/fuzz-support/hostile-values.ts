import fc from "fast-check";

/** Strings that have broken text handling somewhere: controls, bidi, SQL, markup, lone surrogates. */
const NASTY_STRINGS = [
  "",
  " ",
  "\t\n\r ",
  "\u0000",
  "nul\u0000in the middle",
  "\u0001\u0002\u0003\u001f\u007f",
  "\u202eevil\u202c",
  "zero\u200bwidth\ufeff",
  "\ud800",
  "\udfff lone surrogate",
  "e\u0301\u0301\u0301\u0301",
  "香港科學園 生物科技",
  "🧬🧪💉👩‍🔬",
  '\'; drop table "User"; --',
  "' or '1'='1",
  '" or ""="',
  "1; select pg_sleep(10)",
  "$1 $$ %s %n {{7*7}} ${process}",
  "%_\\",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "=cmd|'/c calc'!A1",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "9007199254740993",
  "-9223372036854775809",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "../../etc/passwd",
  "C:\\Windows\\system32",
] as const;

/** Free text a hostile or careless user might type: any of it may be valid for a free-text field. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc
    .tuple(fc.constantFrom(...NASTY_STRINGS), fc.string({ unit: "grapheme", maxLength: 30 }))
    .map(([nasty, text]) => `${text}${nasty}${text}`),
);

/**
 * A string far longer than any field of the app accepts (every text field must have a limit).
 * Never whitespace only: a trimmed optional field rightly reads that as empty.
 */
export const hugeString: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("x", "香", "🧬", "\u0000", "'", "a "),
    fc.integer({ min: 100_001, max: 300_000 }),
  )
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

/** A cuid-shaped id that names no row. */
export const unknownCuid: fc.Arbitrary<string> = fc
  .stringMatching(/^[a-z0-9]{24}$/)
  .map((tail) => `c${tail}`);

/** Values that are not a JSON object's scalar of the expected kind: wrong types for any field. */
export const wrongTypes = {
  forString: fc.constantFrom<unknown>(0, -1, 1.5, true, false, {}, [], ["x"], { value: "x" }),
  forNumber: fc.constantFrom<unknown>(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -1_000_000_000,
    1e15,
    2 ** 53 + 2,
    Number.MAX_VALUE,
    "NaN",
    "1e309",
    "9007199254740993",
    "-9223372036854775809",
    "twelve",
    {},
    [1, 2],
  ),
  forBoolean: fc.constantFrom<unknown>("true", "false", "yes", 1, 0, {}, [], [true]),
  forArray: fc.constantFrom<unknown>("x", 1, true, {}, { 0: "x", length: 1 }),
  forObject: fc.constantFrom<unknown>("x", 1, true, [], [{}]),
};

/** Calendar dates and timestamps that do not exist or cannot be stored. */
export const impossibleDates = fc.constantFrom(
  "2026-02-30",
  "2026-02-29",
  "2026-04-31",
  "2026-13-01",
  "2026-00-10",
  "0000-00-00",
  "99999-01-01",
  "2026/11/24",
  "24-11-2026",
  "2026-11-24T25:00",
  "tomorrow",
  "",
);
export const impossibleDateTimes = fc.constantFrom(
  "2026-02-30T10:00:00.000Z",
  "2026-13-01T10:00:00.000Z",
  "2026-11-24T24:61:00.000Z",
  "+275761-01-01T00:00:00.000Z",
  "-271821-04-19T00:00:00.000Z",
  "not a time",
  "",
);

/** Amounts of money as typed that are not an HKD amount the app can hold. */
export const impossibleAmounts = fc.constantFrom(
  "-1",
  "-0.01",
  "1e309",
  "1e6",
  "NaN",
  "Infinity",
  "0x10",
  "1.234",
  "1,2,3.4.5",
  "HK$ -5",
  "abc",
  "",
  "9".repeat(39),
  "99999999999999999999",
  "9223372036854775808",
);

/** Keys that pollute Object.prototype when merged carelessly. */
export function pollutingObject(): Record<string, unknown> {
  return JSON.parse(
    '{"__proto__": {"isFuzzPolluted": true}, "constructor": {"prototype": {"isFuzzPolluted": true}}}',
  ) as Record<string, unknown>;
}

/** True when some code merged a polluting object into Object.prototype. */
export function isPrototypePolluted(): boolean {
  return "isFuzzPolluted" in Object.prototype;
}
