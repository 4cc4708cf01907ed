// Builds one migrated template database per test run; each test file clones it. The name is
// unique per run so that two test runs against one server never trip over each other.
import crypto from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { ensureAppRoleLogin } from "../../scripts/db/app-role";
import { migrateDeploy } from "../../scripts/db/migrate";
import { assertLocalDatabaseUrl, withDatabaseName } from "./database-url";

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
    /** The app role's URL on this server (any database name; each file sets its own). */
    appRoleUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const databaseUrl = assertLocalDatabaseUrl(process.env.DATABASE_URL);
  const template = `incubase_test_template_${crypto.randomBytes(4).toString("hex")}`;
  await adminQuery(databaseUrl, `create database "${template}"`);
  await migrateDeploy(withDatabaseName(databaseUrl, template), { log: () => {} });
  project.provide("templateDatabase", template);
  // The migration created the (server-wide) app role; let it sign in. Checked against the
  // `postgres` database: a connection to the template would block cloning it.
  const appRoleUrl = await ensureAppRoleLogin(withDatabaseName(databaseUrl, "postgres"));
  if (!appRoleUrl) throw new Error("The migrations did not create the incubase_app role.");
  project.provide("appRoleUrl", appRoleUrl);
  return async () => {
    await adminQuery(databaseUrl, `drop database if exists "${template}" with (force)`);
  };
}
