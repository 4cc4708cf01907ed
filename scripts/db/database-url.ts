/** PostgreSQL connections and scratch databases for the migration tooling (node-postgres). */
import { randomBytes } from "node:crypto";

import pg from "pg";

/** Reads DATABASE_URL or exits with a message saying how to get one. */
export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Run through the wrapper, e.g. `npm run db:check`, or " +
        "`tsx scripts/run-with-db.ts -- <command>`, which provides a database.",
    );
  }
  return url;
}

/**
 * Prisma URLs may carry `?schema=name` (the PostgreSQL schema to use, default `public`);
 * node-postgres does not understand it, so it is removed and applied as the search_path.
 */
export function splitSchemaParam(databaseUrl: string): {
  connectionString: string;
  schema: string;
} {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get("schema") || "public";
  url.searchParams.delete("schema");
  return { connectionString: url.toString(), schema };
}

/** The same server and credentials, another database. */
export function withDatabaseName(databaseUrl: string, databaseName: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(databaseName)}`;
  return url.toString();
}

export function quoteIdent(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/** Connects and sets search_path to the URL's schema (as Prisma does). Caller must `end()`. */
export async function connect(databaseUrl: string): Promise<pg.Client> {
  const { connectionString, schema } = splitSchemaParam(databaseUrl);
  const client = new pg.Client({ connectionString, application_name: "incubase-db-tools" });
  // An idle client whose server goes away emits 'error'; without a listener that crashes node.
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query(`SET search_path TO ${quoteIdent(schema)}`);
  } catch (error) {
    await client.end();
    throw error;
  }
  return client;
}

export async function withClient<T>(
  databaseUrl: string,
  run: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = await connect(databaseUrl);
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh, valid, lower-case database name, unique enough for parallel CI jobs. */
export function randomDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`.toLowerCase();
}

/** Creates an empty database (from template0) on the server of `serverUrl`; returns its URL. */
export async function createDatabase(serverUrl: string, databaseName: string): Promise<string> {
  await withClient(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${quoteIdent(databaseName)} TEMPLATE template0`),
  );
  return withDatabaseName(serverUrl, databaseName);
}

/** Drops a database on the server of `serverUrl`, disconnecting its sessions (PostgreSQL 13+). */
export async function dropDatabase(serverUrl: string, databaseName: string): Promise<void> {
  await withClient(serverUrl, async (client) => {
    await client
      .query(`ALTER DATABASE ${quoteIdent(databaseName)} IS_TEMPLATE false`)
      .catch(() => undefined);
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(databaseName)} WITH (FORCE)`);
  });
}
