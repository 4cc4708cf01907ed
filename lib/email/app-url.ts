/**
 * The public address of the app, for links in emails: APP_URL, else NEXTAUTH_URL, else
 * http://localhost:$PORT. No trailing slash.
 */
export function appBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.APP_URL || env.NEXTAUTH_URL || `http://localhost:${env.PORT ?? "3000"}`;
  return base.replace(/\/+$/, "");
}

/** True for an in-app path like "/hkstp/applications/…" (not "//elsewhere", not a URL). */
export function isSameSitePath(path: string | null | undefined): path is string {
  return (
    typeof path === "string" &&
    path.startsWith("/") &&
    !path.startsWith("//") &&
    !path.startsWith("/\\")
  );
}

/**
 * An absolute link to an in-app path. Anything but a same-site path ("/hkstp/…") becomes the
 * inbox, so a notice can never make an email link point elsewhere.
 */
export function absoluteAppUrl(path: string | null | undefined, base: string): string {
  const url = new URL(isSameSitePath(path) ? path : "/inbox", `${base}/`);
  return url.toString();
}
