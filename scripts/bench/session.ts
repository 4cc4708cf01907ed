/** Cookies as a `Cookie` header, merged from `Set-Cookie` answers (name=value only). */
class CookieJar {
  private readonly values = new Map<string, string>();

  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const separator = pair?.indexOf("=") ?? -1;
      if (!pair || separator <= 0) continue;
      this.values.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
    }
  }

  has(pattern: RegExp): boolean {
    return [...this.values.keys()].some((name) => pattern.test(name));
  }

  header(): string {
    return [...this.values].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/**
 * Signs in through next-auth's credentials flow as the sign-in form does (CSRF token, then the
 * callback) and returns the session's Cookie header.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new CookieJar();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("GET /api/auth/csrf returned no token");
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  jar.take(callback);
  if (!jar.has(/next-auth\.session-token/)) {
    throw new Error(`Sign-in as ${email} failed (HTTP ${callback.status})`);
  }
  return jar.header();
}
