/**
 * PostgreSQL cannot store a NUL character in text or json, and jsonb refuses a lone UTF-16
 * surrogate (half of an emoji, from a broken paste or client): such input fails at the database
 * as a 500. Every server action refuses it up front with a message instead (safe-action.ts).
 */
export const UNSTORABLE_TEXT_MESSAGE =
  "The text contains an invisible control character or a broken symbol that cannot be saved. Retype it and try again.";

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when a string anywhere in the value (keys included) cannot be stored. */
export function hasUnstorableText(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return UNSTORABLE.test(value);
  // Deeper than any form of the app nests: zod refuses such a shape anyway.
  if (!value || typeof value !== "object" || depth > 20) return false;
  if (Array.isArray(value)) return value.some((item) => hasUnstorableText(item, depth + 1));
  return Object.entries(value).some(
    ([key, item]) => UNSTORABLE.test(key) || hasUnstorableText(item, depth + 1),
  );
}
