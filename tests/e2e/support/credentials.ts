import type { APIRequestContext } from "@playwright/test";

export type CredentialsAttempt = {
  status: number;
  /** The JSON next-auth answered with (`{ url }`), or the raw text when it was not JSON. */
  body: unknown;
  /** Milliseconds the callback POST took, as the client saw it. */
  elapsedMs: number;
  /** Names of the cookies the callback set. */
  setCookies: string[];
};

/** The CSRF token next-auth expects with a sign-in (its cookie lands in `request`). */
export async function fetchCsrfToken(request: APIRequestContext): Promise<string> {
  const response = await request.get("/api/auth/csrf");
  if (!response.ok()) throw new Error(`GET /api/auth/csrf answered ${response.status()}`);
  const { csrfToken } = (await response.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("GET /api/auth/csrf returned no token");
  return csrfToken;
}

/**
 * One sign-in through next-auth's credentials endpoint, as `signIn("credentials")` posts it.
 * `headers` lets a test set its own client address (X-Forwarded-For, which the per-address
 * throttle counts when the server trusts a proxy: TRUSTED_PROXY_HOPS) so that runs on the
 * same database never use up each other's attempts.
 */
export async function postCredentials(
  request: APIRequestContext,
  credentials: { email: string; password: string; csrfToken?: string },
  headers: Record<string, string> = {},
): Promise<CredentialsAttempt> {
  const csrfToken = credentials.csrfToken ?? (await fetchCsrfToken(request));
  const started = performance.now();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: credentials.email, password: credentials.password, json: "true" },
    headers,
    maxRedirects: 0,
  });
  const text = await response.text();
  const elapsedMs = performance.now() - started;
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // keep the text
  }
  const setCookies = response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === "set-cookie")
    .map((header) => header.value.split("=")[0]!.trim());
  return { status: response.status(), body, elapsedMs, setCookies };
}

/** True when one of these cookie names is a next-auth session token. */
export function hasSessionCookie(cookieNames: readonly string[]): boolean {
  return cookieNames.some((name) => /next-auth\.session-token/.test(name));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
