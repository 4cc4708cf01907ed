/**
 * `npm run bench`: builds the app, starts `next start` on the demo and/or scale data, signs in
 * as each demo role and drives autocannon at every main page (scripts/bench/pages.ts), at the
 * key actions (scripts/bench/actions.ts) and at a floor page (one trivial query). Prints req/s,
 * p50 and p99 per page, the ratio to the floor and the targets' checks, and writes
 * bench-results/<timestamp>.json. See docs/performance.md.
 *
 *   npm run bench -- --data both --scale 1 --duration 10 --connections 10 [--no-build]
 *                    [--only <text>] [--no-actions]
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoPersona } from "../prisma/seed/demo-accounts";
import { type ActionContext, BENCH_ACTIONS } from "./bench/actions";
import { type Dataset, prepareDataset } from "./bench/datasets";
import { type Load, measure, type Target } from "./bench/measure";
import { BENCH_PAGES, NOT_MAIN_PAGES, type PageContext } from "./bench/pages";
import {
  type BenchResult,
  evaluate,
  type Floor,
  formatTable,
  MINIMUM_SAMPLES,
  summarise,
  TARGETS,
} from "./bench/report";
import { idleHealthMs, startServer, waitUntilIdle } from "./bench/server";
import { signIn } from "./bench/session";
import { readActionIds } from "./bench/action-ids";

type Options = {
  data: ("demo" | "scale")[];
  fraction: number;
  build: boolean;
  only: string | null;
  actions: boolean;
  load: Load;
};

function parseOptions(argv: string[]): Options {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index === -1 ? undefined : argv[index + 1];
  };
  const data = value("--data") ?? "demo";
  if (!["demo", "scale", "both"].includes(data))
    throw new Error("--data takes demo, scale or both");
  const number = (flag: string, fallback: number) => {
    const raw = value(flag);
    const parsed = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${flag} takes a positive number`);
    return parsed;
  };
  return {
    data: data === "both" ? ["demo", "scale"] : [data as "demo" | "scale"],
    fraction: number("--scale", 1),
    build: !argv.includes("--no-build"),
    only: value("--only") ?? null,
    actions: !argv.includes("--no-actions"),
    load: {
      connections: number("--connections", 10),
      durationSeconds: number("--duration", 10),
      warmupSeconds: number("--warmup", 3),
    },
  };
}

const APP_PAGES_DIR = path.join("app", "(app)");

function pageRoutes(directory = APP_PAGES_DIR): string[] {
  const routes: string[] = [];
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const child = path.join(directory, entry.name);
    if (entry.isDirectory()) routes.push(...pageRoutes(child));
    else if (entry.name === "page.tsx")
      routes.push(path.relative(APP_PAGES_DIR, directory).split(path.sep).join("/"));
  }
  return routes;
}

/** The build's server action ids by source file and export (next's server reference manifest). */
const emptyChecks = (): BenchResult["checks"] => ({
  throughput: "n/a",
  p99: "n/a",
  scaleVersusDemo: "n/a",
  errors: "n/a",
});

async function benchDataset(
  dataset: Dataset,
  options: Options,
  logFile: string,
  log: (line: string) => void,
): Promise<{ results: BenchResult[]; floor: Floor }> {
  const server = await startServer({
    databaseUrl: dataset.databaseUrl,
    appDatabaseUrl: dataset.appDatabaseUrl,
    logFile,
  });
  const owner = new pg.Pool({ connectionString: dataset.databaseUrl, max: 2 });
  const quickMs = await idleHealthMs(server.baseUrl);
  const results: BenchResult[] = [];
  try {
    const memberships = await owner.query<{ email: string; slug: string }>(
      `select distinct on (u.email) u.email, o.slug from "User" u
       join "Membership" m on m."userId" = u.id and m.status = 'ACTIVE'
       join "Organisation" o on o.id = m."organisationId"
       where u.email = any($1) order by u.email, m."createdAt"`,
      [DEMO_ACCOUNTS.map((account) => account.email)],
    );
    const orgByEmail = new Map(memberships.rows.map((row) => [row.email, row.slug]));
    const emailOf = (persona: DemoPersona) =>
      DEMO_ACCOUNTS.find((account) => account.persona === persona)!.email;
    const context: PageContext = {
      query: async <Row extends Record<string, unknown>>(sql: string, values: unknown[] = []) =>
        (await owner.query(sql, values)).rows as Row[],
      orgOf: (persona) => orgByEmail.get(emailOf(persona)) ?? "",
      emailOf,
    };
    const cookies = new Map<string, string>();
    const cookieFor = async (email: string) => {
      const cached = cookies.get(email);
      if (cached) return cached;
      const cookie = await signIn(server.baseUrl, email, DEMO_PASSWORD);
      cookies.set(email, cookie);
      return cookie;
    };
    const run = async (base: Omit<BenchResult, "checks" | "dataset">, target: Target | null) => {
      const result: BenchResult = { ...base, dataset: dataset.name, checks: emptyChecks() };
      results.push(result);
      if (!target) return result;
      await waitUntilIdle(server.baseUrl, quickMs);
      result.loadAverage = os.loadavg()[0];
      result.measurement = await measure(target, options.load, {
        cpuMs: server.cpuMs,
        waitUntilIdle: () => waitUntilIdle(server.baseUrl, quickMs),
      });
      const { requestsPerSecond, latencyMs, serverCpuMsPerRequest } = result.measurement;
      log(
        `  ${dataset.name.padEnd(5)} ${base.name.padEnd(34)} ${requestsPerSecond.toFixed(1).padStart(7)} req/s  p50 ${latencyMs.p50.toFixed(0).padStart(4)} ms  p99 ${latencyMs.p99.toFixed(0).padStart(5)} ms  ${serverCpuMsPerRequest?.toFixed(1).padStart(6) ?? "     -"} CPU ms/req`,
      );
      return result;
    };
    const floorTarget = (): Target => ({ url: `${server.baseUrl}/bench-floor`, headers: {} });
    const floors = [
      await run(
        { kind: "floor", name: "Floor (start)", persona: "-", path: "/bench-floor" },
        floorTarget(),
      ),
    ];

    for (const page of BENCH_PAGES) {
      if (options.only && !page.name.toLowerCase().includes(options.only.toLowerCase())) continue;
      const base = { kind: "page" as const, name: page.name, persona: page.persona, path: "" };
      if (!fs.existsSync(path.join(APP_PAGES_DIR, page.route, "page.tsx"))) {
        await run({ ...base, skipped: `no page at app/(app)/${page.route}` }, null);
        continue;
      }
      const url = await page.path(context);
      if (!url) {
        await run({ ...base, skipped: "no record to show in this data set" }, null);
        continue;
      }
      const cookie = await cookieFor(emailOf(page.persona));
      await waitUntilIdle(server.baseUrl, quickMs);
      const check = await fetch(`${server.baseUrl}${url}`, {
        headers: { cookie },
        redirect: "manual",
      });
      await check.arrayBuffer();
      if (check.status !== 200) {
        await run({ ...base, path: url, skipped: `HTTP ${check.status} before measuring` }, null);
        continue;
      }
      await run({ ...base, path: url }, { url: `${server.baseUrl}${url}`, headers: { cookie } });
    }

    if (options.actions) {
      const actionContext: ActionContext = {
        ...context,
        baseUrl: server.baseUrl,
        connections: options.load.connections,
        runId: `${dataset.name}${Date.now().toString(36)}`,
        signIn: cookieFor,
        actionId: readActionIds(),
      };
      for (const action of BENCH_ACTIONS) {
        if (options.only && !action.name.toLowerCase().includes(options.only.toLowerCase()))
          continue;
        const base = {
          kind: "action" as const,
          name: action.name,
          persona: action.persona,
          path: "",
        };
        const prepared = await action.prepare(actionContext);
        if ("skipped" in prepared) await run({ ...base, skipped: prepared.skipped }, null);
        else await run({ ...base, path: new URL(prepared.url).pathname }, prepared);
      }
    }
    floors.push(
      await run(
        { kind: "floor", name: "Floor (end)", persona: "-", path: "/bench-floor" },
        floorTarget(),
      ),
    );
    const mean = (values: number[]) =>
      values.reduce((sum, value) => sum + value, 0) / values.length;
    const cpu = floors.map((floor) => floor.measurement?.serverCpuMsPerRequest ?? 0);
    return {
      results,
      floor: {
        requestsPerSecond: mean(floors.map((floor) => floor.measurement?.requestsPerSecond ?? 0)),
        serverCpuMsPerRequest: cpu.every((value) => value > 0) ? mean(cpu) : undefined,
      },
    };
  } finally {
    await owner.end();
    await server.stop();
  }
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const ownerUrl = process.env.DATABASE_URL;
  if (!ownerUrl) throw new Error("Set DATABASE_URL, or run `npm run bench` (embedded PostgreSQL).");
  const log = (line: string) => console.log(line);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  fs.mkdirSync("bench-results", { recursive: true });

  const covered = new Set([...BENCH_PAGES.map((page) => page.route), ...NOT_MAIN_PAGES]);
  const uncovered = pageRoutes().filter((route) => !covered.has(route));
  if (uncovered.length > 0)
    log(`Pages with no entry in scripts/bench/pages.ts: ${uncovered.join(", ")}`);

  if (options.build) {
    log("Building (npm run build; --no-build to reuse .next)...");
    const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) return build.status ?? 1;
  }

  const started = new Date();
  const datasets: Dataset[] = [];
  const results: BenchResult[] = [];
  const floors = new Map<string, Floor>();
  for (const name of options.data) {
    log(`\nPreparing the ${name} data...`);
    const dataset = await prepareDataset(ownerUrl, name, options.fraction, log);
    datasets.push(dataset);
    log(
      `Measuring on the ${name} data (${options.load.connections} connections, ${options.load.durationSeconds} s each):`,
    );
    const measured = await benchDataset(
      dataset,
      options,
      path.join("bench-results", `${stamp}-server-${name}.log`),
      log,
    );
    results.push(...measured.results);
    floors.set(name, measured.floor);
  }
  evaluate(results, floors);
  const summary = summarise(results);
  const report = {
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      node: process.version,
      loadAverage: os.loadavg(),
    },
    options: { ...options.load, data: options.data, scale: options.fraction },
    targets: TARGETS,
    datasets: datasets.map((dataset) => ({
      name: dataset.name,
      rows: dataset.rows,
      floor: floors.get(dataset.name),
    })),
    results,
    summary,
  };
  const reportFile = path.join("bench-results", `${stamp}.json`);
  fs.writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);

  log(`\n${formatTable(results)}\n`);
  for (const dataset of datasets) {
    const rows = Object.entries(dataset.rows).map(
      ([table, count]) => `${table} ${count.toLocaleString("en-HK")}`,
    );
    const floor = floors.get(dataset.name);
    log(
      `${dataset.name}: floor ${floor?.requestsPerSecond.toFixed(1)} req/s, ${floor?.serverCpuMsPerRequest?.toFixed(1) ?? "?"} server CPU ms per request; ${rows.join(", ")}`,
    );
  }
  const failures = Object.entries(summary.failures).filter(([, names]) => names.length > 0);
  log(
    failures.length === 0
      ? `\nEvery measured target met (${summary.measured} measured, ${summary.skipped} skipped).`
      : `\nTargets missed: ${failures.map(([check, names]) => `${check} (${names.length})`).join(", ")}.`,
  );
  if (summary.unreliable.length > 0) {
    log(
      `* fewer than ${MINIMUM_SAMPLES} requests completed: run longer (--duration) or on a quieter machine.`,
    );
  }
  log(`Report: ${reportFile}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
