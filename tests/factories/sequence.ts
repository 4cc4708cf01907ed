import { createHash, randomBytes } from "node:crypto";

// The random run id keeps values unique across processes that share a database (a test
// worker and a dev server, say); the counter keeps them unique within one process.
const runId = randomBytes(3).toString("hex");
let counter = 0;

/** A short suffix no other factory call has returned, e.g. "a1b2c37". */
export function uniqueSuffix(): string {
  counter += 1;
  return `${runId}${counter}`;
}

/** Hex sha256 of a string: stands in for the digest of an uploaded file or a token. */
export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** A Date `days` after `from` (negative for the past). */
export function daysFrom(from: Date, days: number): Date {
  return new Date(from.getTime() + days * 86_400_000);
}

const HONG_KONG_OFFSET_MS = 8 * 3_600_000;

/**
 * The Hong Kong calendar day of an instant, as midnight UTC of that day: the value a
 * Prisma `@db.Date` column stores and returns.
 */
export function hongKongDay(instant: Date = new Date()): Date {
  const shifted = new Date(instant.getTime() + HONG_KONG_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}
