/** Comparing two database fingerprints and explaining the difference. */
import { compareKeys, entryKey, type Fingerprint, type FingerprintEntry } from "./fingerprint";

export type FingerprintDiff = {
  /** Present only in the left fingerprint. */
  onlyLeft: FingerprintEntry[];
  /** Present only in the right fingerprint. */
  onlyRight: FingerprintEntry[];
  /** Present in both with a different value. */
  changed: Array<{ left: FingerprintEntry; right: FingerprintEntry }>;
  /** One-sided entries Prisma cannot model (hand-written SQL); reported, not drift. */
  ignored: FingerprintEntry[];
};

export function diffFingerprints(left: Fingerprint, right: Fingerprint): FingerprintDiff {
  const leftByKey = new Map(left.map((entry) => [entryKey(entry), entry]));
  const rightByKey = new Map(right.map((entry) => [entryKey(entry), entry]));
  const byKey = (a: FingerprintEntry, b: FingerprintEntry) => compareKeys(entryKey(a), entryKey(b));
  const diff: FingerprintDiff = { onlyLeft: [], onlyRight: [], changed: [], ignored: [] };
  for (const [key, entry] of leftByKey) {
    const other = rightByKey.get(key);
    if (!other) (entry.unmodelled ? diff.ignored : diff.onlyLeft).push(entry);
    else if (other.value !== entry.value) diff.changed.push({ left: entry, right: other });
  }
  for (const [key, entry] of rightByKey) {
    if (!leftByKey.has(key)) (entry.unmodelled ? diff.ignored : diff.onlyRight).push(entry);
  }
  diff.onlyLeft.sort(byKey);
  diff.onlyRight.sort(byKey);
  diff.ignored.sort(byKey);
  diff.changed.sort((a, b) => byKey(a.left, b.left));
  return diff;
}

export function isEmptyDiff(diff: FingerprintDiff): boolean {
  return diff.onlyLeft.length === 0 && diff.onlyRight.length === 0 && diff.changed.length === 0;
}

export function label(entry: FingerprintEntry): string {
  const table = entry.table === undefined ? "" : `${entry.table}.`;
  return `${entry.kind} ${entry.schema}.${table}${entry.name}`;
}

/**
 * Lines for entries that exist on one side only. A missing table is reported once, with a
 * count of its columns, indexes and constraints, rather than one line per part.
 */
function describeOneSided(entries: readonly FingerprintEntry[]): string[] {
  const wholeTables = new Set(
    entries
      .filter((entry) => entry.kind === "table")
      .map((entry) => `${entry.schema}.${entry.name}`),
  );
  const partsPerTable = new Map<string, number>();
  const lines: string[] = [];
  for (const entry of entries) {
    const owner = entry.table === undefined ? undefined : `${entry.schema}.${entry.table}`;
    if (owner !== undefined && wholeTables.has(owner)) {
      partsPerTable.set(owner, (partsPerTable.get(owner) ?? 0) + 1);
    }
  }
  for (const entry of entries) {
    const owner = entry.table === undefined ? undefined : `${entry.schema}.${entry.table}`;
    if (owner !== undefined && wholeTables.has(owner)) continue;
    if (entry.kind === "table") {
      const parts = partsPerTable.get(`${entry.schema}.${entry.name}`) ?? 0;
      lines.push(`${label(entry)} (with ${parts} columns, indexes and constraints)`);
    } else {
      lines.push(`${label(entry)}: ${entry.value}`);
    }
  }
  return lines;
}

/** A readable report; `leftName`/`rightName` say what each side is. */
export function formatFingerprintDiff(
  diff: FingerprintDiff,
  leftName: string,
  rightName: string,
): string {
  const sections: string[] = [];
  const onlyRight = describeOneSided(diff.onlyRight);
  if (onlyRight.length > 0) {
    sections.push(
      `In ${rightName} but not in ${leftName}:\n${onlyRight.map((line) => `  + ${line}`).join("\n")}`,
    );
  }
  const onlyLeft = describeOneSided(diff.onlyLeft);
  if (onlyLeft.length > 0) {
    sections.push(
      `In ${leftName} but not in ${rightName}:\n${onlyLeft.map((line) => `  - ${line}`).join("\n")}`,
    );
  }
  if (diff.changed.length > 0) {
    const width = Math.max(leftName.length, rightName.length) + 1;
    const lines = diff.changed.map(
      ({ left, right }) =>
        `  ~ ${label(left)}\n      ${`${leftName}:`.padEnd(width)} ${left.value}\n      ${`${rightName}:`.padEnd(width)} ${right.value}`,
    );
    sections.push(`Different:\n${lines.join("\n")}`);
  }
  return sections.join("\n\n");
}
