/** Refuses to run tests against anything but a database on this machine. */
export function assertLocalDatabaseUrl(databaseUrl: string | undefined): string {
  if (!databaseUrl) {
    throw new Error(
      "DATABASE_URL is not set: run tests through `npm test`, which starts a database.",
    );
  }
  const host = new URL(databaseUrl).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]", ""].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database (${host}).`);
  }
  return databaseUrl;
}

/** The same server URL pointing at another database. */
export function withDatabaseName(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
