/**
 * A new key for one form: the server records one request per key, so a double click or a
 * retry after a timeout cannot ask twice. `crypto.randomUUID` exists only in secure contexts
 * (https, localhost); getRandomValues everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
