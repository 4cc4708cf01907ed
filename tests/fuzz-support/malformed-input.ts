import fc from "fast-check";
import {
  hostileText,
  hugeString,
  impossibleAmounts,
  impossibleDates,
  impossibleDateTimes,
  pollutingObject,
  unknownCuid,
  wrongTypes,
} from "./hostile-values";

type Path = readonly (string | number)[];

/** What a value in a valid input looks like, read from its key and shape. */
type Kind =
  | "organisation"
  | "id"
  | "enum"
  | "date"
  | "datetime"
  | "email"
  | "amount"
  | "text"
  | "number"
  | "boolean"
  | "null"
  | "array"
  | "object"
  // A `string | number | boolean` union (eligibility rules, form conditions): only a
  // structure is surely wrong there.
  | "scalar-union";

type InputNode = { path: Path; kind: Kind; value: unknown };

/** One malformed input and whether the schema/action must refuse it. */
export type FuzzCase = {
  input: unknown;
  /**
   * True when at least one change is invalid whatever the schema says (a wrong type, an
   * impossible date, a string past every limit, an id that names nothing the actor may reach).
   * False for hostile but well-typed text, dropped keys and nulls, which a lenient field may
   * rightly accept.
   */
  mustReject: boolean;
  changes: string[];
};

/** A case as fast-check prints a counterexample: the changes, not a 300,000-character input. */
function fuzzCase(input: unknown, mustReject: boolean, changes: string[]): FuzzCase {
  return {
    input,
    mustReject,
    changes,
    [fc.toStringMethod]: () =>
      `${mustReject ? "must reject" : "may accept"}: ${changes.join("; ")}`,
  } as FuzzCase;
}

const SCALAR_UNION_KEYS = new Set(["expected", "equals", "anyOf"]);
// SCREAMING_CASE values that are not an enum but a code the user makes up (a programme's
// funding bucket codes: any "UPFRONT"-like word is valid), so text rather than an enum.
const FREE_CODE_KEYS = new Set(["code"]);

function keyOf(path: Path): string {
  for (let index = path.length - 1; index >= 0; index--) {
    const segment = path[index];
    if (typeof segment === "string") return segment;
  }
  return "";
}

function kindOf(path: Path, value: unknown): Kind {
  const key = keyOf(path);
  if (SCALAR_UNION_KEYS.has(key) && !Array.isArray(value)) return "scalar-union";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "object") return "object";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "boolean";
  if (typeof value !== "string") return "text";
  if (key === "organisation" && path.length === 1) return "organisation";
  if (key === "token" || /(^id$|Id$|Ids$)/.test(key)) return "id";
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return "datetime";
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return "date";
  if (/email/i.test(key) && value.includes("@")) return "email";
  if (/amount|cap$|fundingCap/i.test(key) && /^[\d,]+(\.\d+)?$/.test(value)) return "amount";
  if (FREE_CODE_KEYS.has(key)) return "text";
  if (/^[A-Z][A-Z0-9_]+$/.test(value) || key === "locale") return "enum";
  return "text";
}

/** Every value of the input (containers too), with the kind read from it. */
export function inputNodes(value: unknown, path: Path = []): InputNode[] {
  const nodes: InputNode[] = path.length ? [{ path, kind: kindOf(path, value), value }] : [];
  if (Array.isArray(value)) {
    value.forEach((item, index) => nodes.push(...inputNodes(item, [...path, index])));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value))
      nodes.push(...inputNodes(item, [...path, key]));
  }
  return nodes;
}

/** Values that no schema may accept for a value of this kind. */
function invalidValues(node: InputNode, foreignIds: readonly string[]): fc.Arbitrary<unknown> {
  const idLike = fc.oneof(
    unknownCuid,
    ...(foreignIds.length ? [fc.constantFrom(...foreignIds)] : []),
    fc.constantFrom("", '\'; drop table "Organisation"; --', "../../", "__proto__", "0", "-1"),
    hugeString,
    wrongTypes.forString,
  );
  switch (node.kind) {
    case "organisation":
    case "id":
      return idLike;
    case "enum":
      return fc.oneof(
        // Not "subsidy" or "SUBSIDY ": a code field may rightly trim and upper-case
        // (programme bucket codes do); those are lenient values below.
        fc.constantFrom("", "NOT_A_VALUE", "__proto__", "' or 1=1 --", "Ä_UNICODE", "1; --"),
        hugeString,
        wrongTypes.forString,
      );
    case "date":
      return fc.oneof(impossibleDates, wrongTypes.forString);
    case "datetime":
      return fc.oneof(impossibleDateTimes, wrongTypes.forString);
    case "email":
      return fc.oneof(
        fc.constantFrom("not an email", "a@", "@example.test", "a@b@c.test", "\u0000@example.test"),
        fc.constant(`${"x".repeat(320)}@example.test`),
        hugeString,
        wrongTypes.forString,
      );
    case "amount":
      return fc.oneof(impossibleAmounts, wrongTypes.forString);
    case "text":
      return fc.oneof(hugeString, wrongTypes.forString);
    case "number":
      return wrongTypes.forNumber;
    case "boolean":
      return wrongTypes.forBoolean;
    case "null":
      return fc.oneof(fc.constantFrom<unknown>(123, true, [], {}), hugeString);
    case "array":
      return fc.oneof(
        wrongTypes.forArray,
        // Far more elements than any list of the app holds, each of them wrong.
        fc.constant(Array.from({ length: 5_000 }, (_, index) => ({ index, "": null }))),
      );
    case "object":
      return wrongTypes.forObject;
    case "scalar-union":
      return fc.constantFrom<unknown>({}, [], [{}], { value: 1 });
  }
}

/** Values a careful schema may accept or refuse: hostile text, other spellings, missing values. */
function lenientValues(node: InputNode): fc.Arbitrary<unknown> {
  const missing = fc.constantFrom<unknown>(undefined, null);
  if (node.kind === "text") return fc.oneof(hostileText, missing);
  if (node.kind === "enum") {
    const value = String(node.value);
    return fc.oneof(fc.constantFrom(value.toLowerCase(), ` ${value} `), missing);
  }
  return missing;
}

type Change = { path: Path; value: unknown; label: string };

function describe(path: Path, value: unknown): string {
  const text =
    typeof value === "string"
      ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…(${value.length} chars)` : value)
      : Array.isArray(value) && value.length > 5
        ? `[${value.length} items]`
        : String(JSON.stringify(value) ?? value);
  return `${path.join(".") || "(input)"} = ${text}`;
}

function setAt(target: unknown, path: Path, value: unknown): void {
  let parent = target as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) {
    parent = parent[segment] as Record<string | number, unknown>;
    if (!parent || typeof parent !== "object") return;
  }
  const last = path[path.length - 1]!;
  if (value === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value;
}

const isPrefix = (a: Path, b: Path) => a.every((segment, index) => b[index] === segment);

/** The input with the changes made, and the labels of the changes that were made. */
function applyChanges(
  base: unknown,
  changes: Change[],
  decisive: Change | null,
): { input: unknown; labels: string[] } {
  const input = structuredClone(base);
  const labels: string[] = [];
  // The decisive (surely invalid) change is applied last, and no other change touches its
  // path or a container above it, so nothing can undo it.
  for (const change of changes) {
    if (decisive && (isPrefix(change.path, decisive.path) || isPrefix(decisive.path, change.path)))
      continue;
    setAt(input, change.path, change.value);
    labels.push(change.label);
  }
  if (decisive) {
    setAt(input, decisive.path, decisive.value);
    labels.unshift(decisive.label);
  }
  return { input, labels };
}

/** Adds `__proto__`/`constructor` keys (as own properties, the way JSON.parse makes them). */
function pollute(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  return Object.assign(pollutingObject(), input);
}

/**
 * Malformed variants of a valid input: wrong types, impossible dates and amounts, strings past
 * every limit, unknown and other tenants' ids, non-objects, prototype-polluting keys, and
 * hostile text. `foreignIds` are ids of another tenant's records.
 */
export function malformedInputs(
  base: unknown,
  foreignIds: readonly string[],
): fc.Arbitrary<FuzzCase> {
  const nodes = inputNodes(base);
  const change = (node: InputNode, values: fc.Arbitrary<unknown>) =>
    values.map((value): Change => ({ path: node.path, value, label: describe(node.path, value) }));
  const invalidChange = nodes.length
    ? fc.constantFrom(...nodes).chain((node) => change(node, invalidValues(node, foreignIds)))
    : null;
  const lenientChange = nodes.length
    ? fc.constantFrom(...nodes).chain((node) => change(node, lenientValues(node)))
    : null;

  const notAnObject = fc
    .constantFrom<unknown>(null, 42, "input", true, [], [base], JSON.stringify(base))
    .map((input) => fuzzCase(input, true, [describe([], input)]));

  const cases: fc.Arbitrary<FuzzCase>[] = [notAnObject];
  if (invalidChange && lenientChange) {
    const anyChange = fc.oneof(invalidChange, lenientChange);
    cases.push(
      fc
        .record({
          decisive: invalidChange,
          others: fc.array(anyChange, { maxLength: 2 }),
          isPolluted: fc.boolean(),
        })
        .map(({ decisive, others, isPolluted }) => {
          const { input, labels } = applyChanges(base, others, decisive);
          if (isPolluted) labels.push("__proto__ and constructor keys added");
          return fuzzCase(isPolluted ? pollute(input) : input, true, labels);
        }),
    );
  }
  if (lenientChange) {
    cases.push(
      fc
        .record({
          changes: fc.array(lenientChange, { minLength: 1, maxLength: 3 }),
          isPolluted: fc.boolean(),
        })
        .map(({ changes, isPolluted }) => {
          const { input, labels } = applyChanges(base, changes, null);
          if (isPolluted) labels.push("__proto__ and constructor keys added");
          return fuzzCase(isPolluted ? pollute(input) : input, false, labels);
        }),
    );
  }
  // Surely-invalid cases are the point: weight them 3:1 over the lenient ones.
  return fc.oneof(
    { arbitrary: fc.oneof(...cases.slice(0, 2)), weight: 3 },
    { arbitrary: cases[2] ?? cases[0]!, weight: 1 },
  );
}
