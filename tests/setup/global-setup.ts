// Builds one migrated template database per test run; each test file clones it.
import pg from "pg";
import { migrateDeploy } from "../../scripts/db/migrate";
import { assertLocalDatabaseUrl, TEMPLATE_DATABASE, withDatabaseName } from "./database-url";

async function recreateDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

export default async function setup(): Promise<void> {
  const databaseUrl = assertLocalDatabaseUrl(process.env.DATABASE_URL);
  await recreateDatabase(databaseUrl, TEMPLATE_DATABASE);
  await migrateDeploy(withDatabaseName(databaseUrl, TEMPLATE_DATABASE), { log: () => {} });
}
