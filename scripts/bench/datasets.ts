import pg from "pg";
import { runSeed } from "../../prisma/seed";
import { ensureAppRoleLogin } from "../db/app-role";
import { quoteIdent, withDatabaseName } from "../db/database-url";
import { migrateDeploy } from "../db/migrate";
import { loadScaleData } from "../scale/load";

export type Dataset = {
  name: "demo" | "scale";
  databaseUrl: string;
  appDatabaseUrl: string;
  /** Rows behind the pages, for the report. */
  rows: Record<string, number>;
};

const COUNTED_TABLES = [
  "Organisation",
  "Programme",
  "Application",
  "Review",
  "Enrolment",
  "Milestone",
  "CoachingSession",
  "Disbursement",
  "AuditEvent",
];

async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, "postgres") });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`create database ${quoteIdent(name)}`);
  } finally {
    await client.end();
  }
}

async function countRows(databaseUrl: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows: Record<string, number> = {};
    for (const table of COUNTED_TABLES) {
      const result = await client.query<{ count: string }>(`select count(*) from "${table}"`);
      rows[table] = Number(result.rows[0]?.count ?? 0);
    }
    return rows;
  } finally {
    await client.end();
  }
}

/**
 * A database of its own for each data set, beside DATABASE_URL's (`<name>_bench_demo`,
 * `<name>_bench_scale_<percent>`): created, migrated and seeded when missing, reused as is
 * otherwise (seeding is idempotent), so a second run skips the load.
 */
export async function prepareDataset(
  ownerUrl: string,
  name: "demo" | "scale",
  fraction: number,
  log: (line: string) => void,
): Promise<Dataset> {
  const base = decodeURIComponent(new URL(ownerUrl).pathname.slice(1)) || "incubase";
  const suffix = name === "demo" ? "demo" : `scale_${Math.round(fraction * 100)}`;
  const databaseName = `${base}_bench_${suffix}`;
  await ensureDatabase(ownerUrl, databaseName);
  const databaseUrl = withDatabaseName(ownerUrl, databaseName);
  await migrateDeploy(databaseUrl);
  if (name === "demo") {
    await runSeed(databaseUrl);
  } else {
    const result = await loadScaleData(databaseUrl, { fraction, log });
    log(
      result.status === "loaded"
        ? `Loaded the scale data (×${fraction}) in ${result.seconds.toFixed(1)} s.`
        : "The scale data was already loaded.",
    );
  }
  const appDatabaseUrl = await ensureAppRoleLogin(databaseUrl);
  if (!appDatabaseUrl) throw new Error(`The app role cannot sign in to ${databaseName}`);
  return { name, databaseUrl, appDatabaseUrl, rows: await countRows(databaseUrl) };
}
