// Gives every test file its own fresh database cloned from the migrated template, so tests
// never see each other's rows and can assert on exact counts.
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { assertLocalDatabaseUrl, withDatabaseName } from "./database-url";

const serverUrl = assertLocalDatabaseUrl(
  process.env.TEST_SERVER_DATABASE_URL ?? process.env.DATABASE_URL,
);
process.env.TEST_SERVER_DATABASE_URL = serverUrl;

const name = `incubase_test_${process.env.VITEST_POOL_ID ?? "0"}_${crypto.randomBytes(4).toString("hex")}`;

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await adminQuery(`create database "${name}" template "${inject("templateDatabase")}"`);
process.env.DATABASE_URL = withDatabaseName(serverUrl, name);
// lib/db (the app's client) connects as the app role, bound by row-level security; fixtures
// and assertions use testDb(), the owner. The role's grants came with the template.
process.env.APP_DATABASE_URL = withDatabaseName(inject("appRoleUrl"), name);

afterAll(async () => {
  const { disconnectTestDatabase } = await import("./test-database");
  await disconnectTestDatabase();
  await adminQuery(`drop database if exists "${name}" with (force)`);
});
