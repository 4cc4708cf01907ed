/**
 * `npm run soak`: 50 concurrent users in a mixed workload (every role's main pages plus the three
 * key actions) against the production build on the scale data for 2 minutes. Prints requests,
 * errors (non-2xx, socket errors, timeouts, failed action answers), latency, and the server's
 * resident memory sampled every 5 s, with the growth between the first and the last 30 s; writes
 * bench-results/soak-<timestamp>.json. See docs/performance.md.
 *
 *   npm run soak -- [--users 50] [--duration 120] [--data scale|demo] [--scale 1] [--no-build]
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoPersona } from "../prisma/seed/demo-accounts";
import { type ActionContext, BENCH_ACTIONS } from "./bench/actions";
import { prepareDataset } from "./bench/datasets";
import type { Target } from "./bench/measure";
import { BENCH_PAGES, type PageContext } from "./bench/pages";
import { processTreeRssMiB, startServer } from "./bench/server";
import { signIn } from "./bench/session";
import { readActionIds } from "./bench/action-ids";

type Options = {
  users: number;
  durationSeconds: number;
  data: "demo" | "scale";
  fraction: number;
  build: boolean;
};

function parseOptions(argv: string[]): Options {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index === -1 ? undefined : argv[index + 1];
  };
  const number = (flag: string, fallback: number) => {
    const raw = value(flag);
    const parsed = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${flag} takes a positive number`);
    return parsed;
  };
  const data = value("--data") ?? "scale";
  if (data !== "demo" && data !== "scale") throw new Error("--data takes demo or scale");
  return {
    users: Math.round(number("--users", 50)),
    durationSeconds: number("--duration", 120),
    data,
    fraction: number("--scale", 1),
    build: !argv.includes("--no-build"),
  };
}

/** The pages the simulated users open, in the mix: every role's home and its working lists. */
const SOAK_PAGES = new Set([
  "Home (programme officer)",
  "Home (finance approver)",
  "Home (mentor)",
  "Home (partner)",
  "Home (start-up)",
  "Home (operator admin)",
  "Call applications",
  "Application (officer)",
  "Cohort",
  "Milestones (officer)",
  "Mentoring (mentor)",
  "Tranches (finance)",
  "Grants (finance)",
  "Partner cohort",
  "Applications (start-up)",
  "Milestones (start-up)",
  "Coaching (start-up)",
  "Members",
  "Audit trail",
  "Inbox",
]);

type Lane = { name: string; target: Target; connections: number };
type LaneResult = {
  name: string;
  connections: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  failedAnswers: number;
  latencyMs: { p50: number; p99: number; max: number };
};

function run(lane: Lane, durationSeconds: number): Promise<LaneResult> {
  const before = lane.target.failedAnswers?.() ?? 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: lane.target.url,
        headers: lane.target.headers,
        requests: lane.target.requests,
        connections: lane.connections,
        pipelining: 1,
        timeout: 30,
        duration: durationSeconds,
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          name: lane.name,
          connections: lane.connections,
          requests: result.requests.total,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          failedAnswers: (lane.target.failedAnswers?.() ?? 0) - before,
          latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
        });
      },
    );
  });
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const ownerUrl = process.env.DATABASE_URL;
  if (!ownerUrl) throw new Error("Set DATABASE_URL, or run `npm run soak` (embedded PostgreSQL).");
  const log = (line: string) => console.log(line);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  fs.mkdirSync("bench-results", { recursive: true });

  if (options.build) {
    log("Building (npm run build; --no-build to reuse .next)...");
    const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) return build.status ?? 1;
  }
  log(`Preparing the ${options.data} data...`);
  const dataset = await prepareDataset(ownerUrl, options.data, options.fraction, log);
  const serverLog = path.join("bench-results", `soak-${stamp}-server.log`);
  const server = await startServer({
    databaseUrl: dataset.databaseUrl,
    appDatabaseUrl: dataset.appDatabaseUrl,
    logFile: serverLog,
  });
  const owner = new pg.Pool({ connectionString: dataset.databaseUrl, max: 2 });
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

    // Four users in five browse pages; the fifth saves drafts, logs sessions, approves tranches.
    const actionUsers = Math.max(BENCH_ACTIONS.length, Math.round(options.users / 5));
    const pageUsers = options.users - actionUsers;
    const pages = BENCH_PAGES.filter((page) => SOAK_PAGES.has(page.name));
    const lanes: Lane[] = [];
    for (const [index, page] of pages.entries()) {
      const connections =
        Math.floor(pageUsers / pages.length) + (index < pageUsers % pages.length ? 1 : 0);
      if (connections === 0) continue;
      const url = await page.path(context);
      if (!url) continue;
      const cookie = await cookieFor(emailOf(page.persona));
      // A page that fails after its first bytes were streamed still answers 200: React marks
      // the failed boundary with `data-dgst` (the error's digest), so count those answers too.
      let failed = 0;
      lanes.push({
        name: page.name,
        connections,
        target: {
          url: `${server.baseUrl}${url}`,
          headers: { cookie },
          requests: [
            {
              method: "GET",
              onResponse(status: number, body: string) {
                if (status !== 200 || body.includes("data-dgst=")) failed++;
              },
            },
          ],
          failedAnswers: () => failed,
        },
      });
    }
    const actionId = readActionIds();
    for (const [index, action] of BENCH_ACTIONS.entries()) {
      const connections =
        Math.floor(actionUsers / BENCH_ACTIONS.length) +
        (index < actionUsers % BENCH_ACTIONS.length ? 1 : 0);
      const actionContext: ActionContext = {
        ...context,
        baseUrl: server.baseUrl,
        connections,
        runId: `soak${Date.now().toString(36)}${index}`,
        signIn: cookieFor,
        actionId,
      };
      const prepared = await action.prepare(actionContext);
      if ("skipped" in prepared) {
        log(`  ${action.name}: skipped (${prepared.skipped}); its users browse instead`);
        lanes[0]!.connections += connections;
        continue;
      }
      lanes.push({ name: action.name, connections, target: prepared });
    }

    const users = lanes.reduce((sum, lane) => sum + lane.connections, 0);
    log(
      `Soak: ${users} concurrent users for ${options.durationSeconds} s on the ${options.data} data (${lanes.length} lanes)`,
    );
    const memory: { second: number; rssMiB: number }[] = [];
    const started = Date.now();
    const sample = () =>
      memory.push({
        second: Math.round((Date.now() - started) / 1000),
        rssMiB: Math.round(processTreeRssMiB(server.pid)),
      });
    sample();
    const sampler = setInterval(sample, 5_000);
    const results = await Promise.all(
      lanes.map((lane) => run(lane, options.durationSeconds)),
    ).finally(() => clearInterval(sampler));
    sample();

    const total = (key: "requests" | "non2xx" | "errors" | "timeouts" | "failedAnswers") =>
      results.reduce((sum, result) => sum + result[key], 0);
    const window = (from: number, to: number) => {
      const values = memory.filter((point) => point.second >= from && point.second <= to);
      return values.reduce((sum, point) => sum + point.rssMiB, 0) / Math.max(1, values.length);
    };
    const firstWindow = window(0, 30);
    const lastWindow = window(options.durationSeconds - 30, options.durationSeconds + 5);
    const summary = {
      users,
      seconds: options.durationSeconds,
      requests: total("requests"),
      requestsPerSecond: total("requests") / options.durationSeconds,
      non2xx: total("non2xx"),
      socketErrors: total("errors"),
      timeouts: total("timeouts"),
      failedActionAnswers: total("failedAnswers"),
      memoryMiB: {
        first30s: Math.round(firstWindow),
        last30s: Math.round(lastWindow),
        max: Math.max(...memory.map((point) => point.rssMiB)),
        growthPercent: firstWindow > 0 ? ((lastWindow - firstWindow) / firstWindow) * 100 : 0,
      },
    };
    // Errors the server logged while rendering (`⨯ Error …`), whatever the client saw.
    const serverErrors = fs
      .readFileSync(serverLog, "utf8")
      .split("\n")
      .filter((line) => line.startsWith("⨯ ")).length;
    const errors =
      summary.non2xx + summary.socketErrors + summary.timeouts + summary.failedActionAnswers;

    log("");
    log(
      `${"Lane".padEnd(28)} ${"users".padStart(5)} ${"requests".padStart(9)} ${"errors".padStart(7)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)}`,
    );
    for (const result of results) {
      const laneErrors = result.non2xx + result.errors + result.timeouts + result.failedAnswers;
      log(
        `${result.name.padEnd(28)} ${String(result.connections).padStart(5)} ${String(result.requests).padStart(9)} ${String(laneErrors).padStart(7)} ${result.latencyMs.p50.toFixed(0).padStart(7)} ${result.latencyMs.p99.toFixed(0).padStart(7)}`,
      );
    }
    log("");
    log(
      `${summary.requests} requests (${summary.requestsPerSecond.toFixed(1)}/s), ${errors} errors (non-2xx ${summary.non2xx}, socket ${summary.socketErrors}, timeouts ${summary.timeouts}, failed answers ${summary.failedActionAnswers}: a page that streamed an error, or an action that answered one)`,
    );
    log(`Errors in the server's log: ${serverErrors} (${serverLog})`);
    log(
      `Server memory (RSS, MiB): first 30 s ${summary.memoryMiB.first30s}, last 30 s ${summary.memoryMiB.last30s} (${summary.memoryMiB.growthPercent >= 0 ? "+" : ""}${summary.memoryMiB.growthPercent.toFixed(1)} %), max ${summary.memoryMiB.max}`,
    );
    const reportFile = path.join("bench-results", `soak-${stamp}.json`);
    fs.writeFileSync(
      reportFile,
      `${JSON.stringify(
        {
          startedAt: new Date(started).toISOString(),
          machine: { cpus: os.cpus().length, node: process.version, loadAverage: os.loadavg() },
          options,
          rows: dataset.rows,
          summary: { ...summary, serverErrors },
          lanes: results,
          memory,
        },
        null,
        2,
      )}\n`,
    );
    log(`Report: ${reportFile}`);
    return errors === 0 && serverErrors === 0 ? 0 : 1;
  } finally {
    await owner.end();
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
