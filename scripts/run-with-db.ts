/**
 * Runs a command against PostgreSQL. With DATABASE_URL set, that database is used as is
 * (created if missing). Without it, the embedded PostgreSQL is started (or reused) and
 * stopped again when the command ends, so no PostgreSQL process is left behind.
 * The command also gets APP_DATABASE_URL (unless set): the same database as the app role,
 * which row-level security binds (docs/decisions/0004-row-level-security.md).
 *
 *   tsx scripts/run-with-db.ts [--migrate] [--seed] [-- command args...]
 */
import { spawn } from "node:child_process";
import pg from "pg";
import { DEFAULT_DATABASE_NAME, startEmbeddedDatabase, type EmbeddedDatabase } from "./db/embedded";

type Options = { migrate: boolean; seed: boolean; command: string[] };

function parseArguments(argv: string[]): Options {
  const separator = argv.indexOf("--");
  const flags = separator === -1 ? argv : argv.slice(0, separator);
  const command = separator === -1 ? [] : argv.slice(separator + 1);
  const unknown = flags.filter((flag) => flag !== "--migrate" && flag !== "--seed");
  if (unknown.length > 0) throw new Error(`Unknown option(s): ${unknown.join(" ")}`);
  return { migrate: flags.includes("--migrate"), seed: flags.includes("--seed"), command };
}

/** Creates the URL's database when it does not exist yet. */
async function ensureDatabaseExists(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!name) throw new Error("DATABASE_URL must name a database");
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) {
      await client.query(`create database "${name.replaceAll('"', '""')}"`);
    }
  } finally {
    await client.end();
  }
}

function runCommand(command: string[]): Promise<number> {
  const [program, ...args] = command;
  if (!program) return Promise.resolve(0);
  return new Promise((resolve) => {
    const child = spawn(program, args, { stdio: "inherit", env: process.env, shell: false });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    process.on("SIGINT", forward("SIGINT"));
    process.on("SIGTERM", forward("SIGTERM"));
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", (error) => {
      console.error(`Could not run ${program}: ${error.message}`);
      resolve(127);
    });
  });
}

async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2));
  let embedded: EmbeddedDatabase | null = null;
  try {
    if (!process.env.DATABASE_URL) {
      embedded = await startEmbeddedDatabase();
      process.env.DATABASE_URL = `${embedded.serverUrl}/${DEFAULT_DATABASE_NAME}`;
      console.log(
        `Embedded PostgreSQL running at ${embedded.serverUrl.replace(/:[^:@/]+@/, ":***@")}`,
      );
    }
    const databaseUrl = process.env.DATABASE_URL;
    await ensureDatabaseExists(databaseUrl);
    if (options.migrate) {
      const { migrateDeploy } = await import("./db/migrate");
      await migrateDeploy(databaseUrl);
    }
    if (options.seed) {
      const { runSeed } = await import("../prisma/seed");
      await runSeed(databaseUrl);
    }
    if (options.command.length > 0 && !process.env.APP_DATABASE_URL) {
      const { ensureAppRoleLogin } = await import("./db/app-role");
      // Null before the first migration on this server: then the command has no app URL yet.
      const appUrl = await ensureAppRoleLogin(databaseUrl);
      if (appUrl) process.env.APP_DATABASE_URL = appUrl;
    }
    return await runCommand(options.command);
  } finally {
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
