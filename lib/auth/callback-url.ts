/** Where sign-in goes when no (acceptable) destination was asked for. */
export const DEFAULT_CALLBACK_PATH = "/home";

/**
 * The path to return to after signing in, or /home. Only a same-origin relative path is
 * accepted ("/x", never "//host" or "/\host", which browsers treat as another site), so the
 * sign-in page cannot be used as an open redirect.
 */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) {
    return DEFAULT_CALLBACK_PATH;
  }
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return DEFAULT_CALLBACK_PATH;
  }
  // Browsers drop tabs and newlines inside URLs ("/\t/evil.example" becomes "//evil.example").
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return DEFAULT_CALLBACK_PATH;
  // Resolve against a placeholder origin: anything that leaves it is not a relative path.
  const base = "http://incubase.invalid";
  let resolved: URL;
  try {
    resolved = new URL(value, base);
  } catch {
    return DEFAULT_CALLBACK_PATH;
  }
  if (resolved.origin !== base) return DEFAULT_CALLBACK_PATH;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
