/**
 * `npm run faults`: what users and load balancers see when PostgreSQL goes away under load, and
 * whether a SIGTERM drains. On a PostgreSQL of its own (embedded, temporary folder, free port)
 * and the existing build (`next build` only when there is none):
 *
 *   1. load (officer pages, /api/health, the "create programme" server action) for a baseline;
 *   2. PostgreSQL stopped mid-load: time to the first 503, latencies and statuses while down,
 *      rows written by the action against its successful answers (nothing half-written);
 *   3. PostgreSQL started again: time until health, pages and the action work again, with the
 *      same server process (the pools reconnect by themselves);
 *   4. SIGTERM with requests in flight (held by a table lock, released 3 s later): the server
 *      refuses new connections, answers those in flight, stops, and its exit code; the same for
 *      `npm start` (scripts/start.ts) unless --skip-npm-start.
 *
 * Prints a table and writes bench-results/faults-<time>.json. Loopback only; every loop is
 * bounded. Options: --connections N (default 4), --down-seconds S (default 12).
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import pg from "pg";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";
import { freePort } from "../bench/server";
import { signIn } from "../bench/session";
import { ensureAppRoleLogin } from "../db/app-role";
import { migrateDeploy } from "../db/migrate";
import { runLoad, summarise, type LoadRecord, type LoadTarget } from "./load";
import { ensureBuild, serverActionId, startNextServer } from "./next-server";
import { startDedicatedPostgres, type DedicatedPostgres } from "./postgres";

const OFFICER = "officer@hkstp.demo";
const RESULTS = "bench-results";
const ACTION_NAME_PREFIX = "Fault run";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? NaN : Number(process.argv[index + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const CONNECTIONS = option("connections", 4);
const BASELINE_MS = 6_000;
const DOWN_MS = option("down-seconds", 12) * 1_000;
const RECOVERY_LIMIT_MS = 30_000;
const AFTER_RESTART_MS = 12_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function query<Row extends pg.QueryResultRow>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Rows the "create programme" action writes: the programme, its bucket, its audit event. */
async function actionRows(ownerUrl: string) {
  const [row] = await query<{
    programmes: string;
    buckets: string;
    audits: string;
    orphans: string;
  }>(
    ownerUrl,
    `select
       (select count(*) from "Programme" where name like $1) as programmes,
       (select count(*) from "ProgrammeFundingBucket" b join "Programme" p on p.id = b."programmeId"
          where p.name like $1) as buckets,
       (select count(*) from "AuditEvent" a join "Programme" p on p.id = a."targetId"
          where a.action = 'programme.create' and p.name like $1) as audits,
       (select count(*) from "Programme" p where p.name like $1 and (
          not exists (select 1 from "AuditEvent" a where a."targetId" = p.id and a.action = 'programme.create')
          or not exists (select 1 from "ProgrammeFundingBucket" b where b."programmeId" = p.id))) as orphans`,
    [`${ACTION_NAME_PREFIX}%`],
  );
  return {
    programmes: Number(row!.programmes),
    buckets: Number(row!.buckets),
    audits: Number(row!.audits),
    orphans: Number(row!.orphans),
  };
}

/** An HTML page that rendered (not Next's error document or an error boundary). */
function isRenderedPage(status: number, body: string): boolean {
  return status === 200 && body.includes("<html") && !body.includes('data-dgst="');
}

function buildTargets(baseUrl: string, cookie: string, org: string, actionId: string) {
  let actionCount = 0;
  const page = (name: string, pathname: string): LoadTarget => ({
    name,
    kind: "page",
    url: `${baseUrl}${pathname}`,
    init: () => ({ headers: { cookie } }),
    classify: (status, body) =>
      isRenderedPage(status, body) ? "ok" : status === 503 ? "unavailable" : "error",
  });
  const targets: LoadTarget[] = [
    {
      name: "GET /api/health",
      kind: "health",
      url: `${baseUrl}/api/health`,
      init: () => ({}),
      classify: (status, body) =>
        status === 200 && body.includes('"database":"up"')
          ? "ok"
          : status === 503 && body.includes('"database":"down"')
            ? "unavailable"
            : "error",
    },
    page("officer home", `/${org}`),
    page("programmes list", `/${org}/programmes`),
    {
      name: "action createProgramme",
      kind: "action",
      url: `${baseUrl}/${org}/programmes/new`,
      init: () => ({
        method: "POST",
        headers: {
          "next-action": actionId,
          "content-type": "text/plain;charset=UTF-8",
          accept: "text/x-component",
          origin: baseUrl,
          cookie,
        },
        body: JSON.stringify([
          {
            organisation: org,
            name: `${ACTION_NAME_PREFIX} ${++actionCount} ${crypto.randomBytes(3).toString("hex")}`,
            kind: "INCUBATION",
            status: "ACTIVE",
            focusAreas: ["ONCOLOGY"],
            benefits: ["MENTORING"],
            description: "Created by npm run faults.",
            fundingCap: "1,000,000",
            durationMonths: 12,
            fundingBuckets: [
              {
                code: "SUBSIDY",
                name: "Financial subsidy",
                cap: "500,000",
                evidenceRule: "NONE",
                requiresPreApproval: false,
                gatingMilestoneCategory: "",
              },
            ],
            partnerIds: [],
          },
        ]),
      }),
      classify: (status, body) =>
        status === 200 && body.includes('"programmeId"')
          ? "ok"
          : body.includes('"UNAVAILABLE"')
            ? "unavailable"
            : "error",
    },
  ];
  return targets;
}

type Probe = { at: number; status: number; ms: number; body: string };

/** /api/health every 100 ms until stopped: the fault's timeline as a load balancer sees it. */
function startHealthProbe(baseUrl: string, origin: number) {
  const probes: Probe[] = [];
  let isRunning = true;
  const done = (async () => {
    while (isRunning) {
      const started = performance.now();
      let status = 0;
      let body = "";
      try {
        const response = await fetch(`${baseUrl}/api/health`, {
          signal: AbortSignal.timeout(10_000),
        });
        status = response.status;
        body = await response.text();
      } catch {
        // no answer
      }
      probes.push({ at: started - origin, status, ms: performance.now() - started, body });
      await sleep(100);
    }
  })();
  return {
    probes,
    stop: async () => {
      isRunning = false;
      await done;
    },
  };
}

/** GET on a new connection: null when answered, else why not (ECONNREFUSED when not listening). */
function freshConnectionRefused(url: string): Promise<string | null> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: 2_000 }, (response) => {
      response.resume();
      resolve(null);
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

type DrainResult = {
  how: string;
  inFlight: number;
  inFlightCompleted: number;
  inFlightStatuses: number[];
  /** When new connections were refused after SIGTERM (they must be, while in-flight ones finish). */
  newRequestAfterSignal: string;
  signalToExitMs: number;
  exitCode: number | null;
  exitSignal: string | null;
  drained: boolean;
};

/**
 * Holds the programmes table with a lock so that `inFlight` page requests wait in the server,
 * sends SIGTERM, releases the lock 3 s later and checks that every request was answered.
 */
async function drainTest(options: {
  how: string;
  baseUrl: string;
  ownerUrl: string;
  cookie: string;
  org: string;
  signal: () => void;
  exited: Promise<{ code: number | null; signal: string | null }>;
  inFlight?: number;
}): Promise<DrainResult> {
  const inFlight = options.inFlight ?? 3;
  const locker = new pg.Client({ connectionString: options.ownerUrl });
  await locker.connect();
  await locker.query("begin");
  await locker.query(`lock table "Programme" in access exclusive mode`);
  const requests = Array.from({ length: inFlight }, () =>
    fetch(`${options.baseUrl}/${options.org}/programmes`, {
      headers: { cookie: options.cookie },
      signal: AbortSignal.timeout(60_000),
    }).then(
      async (response) => ({
        status: response.status,
        ok: isRenderedPage(response.status, await response.text()),
      }),
      () => ({ status: 0, ok: false }),
    ),
  );
  // Wait until the server's queries are queued behind the lock (at most 10 s).
  for (let attempt = 0; attempt < 100; attempt++) {
    const [row] = await query<{ waiting: string }>(
      options.ownerUrl,
      `select count(*) as waiting from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`,
    );
    if (Number(row!.waiting) >= 1) break;
    await sleep(100);
  }
  const signalledAt = performance.now();
  options.signal();
  // New connections (a fresh TCP connection each time, no keep-alive): refused from when on,
  // probed every 100 ms for up to 2.5 s.
  let newRequestAfterSignal = "still answered 2.5 s after SIGTERM";
  while (performance.now() - signalledAt < 2_500) {
    await sleep(100);
    const refused = await freshConnectionRefused(`${options.baseUrl}/api/health`);
    if (refused) {
      newRequestAfterSignal = `refused (${refused}) ${Math.round(performance.now() - signalledAt)} ms after SIGTERM`;
      break;
    }
  }
  await sleep(Math.max(0, 3_000 - (performance.now() - signalledAt)));
  await locker.query("rollback");
  await locker.end();
  const answers = await Promise.all(requests);
  const exit = await Promise.race([
    options.exited,
    sleep(45_000).then(() => ({ code: null, signal: "still running after 45 s" })),
  ]);
  const signalToExitMs = Math.round(performance.now() - signalledAt);
  const completed = answers.filter((answer) => answer.ok).length;
  return {
    how: options.how,
    inFlight,
    inFlightCompleted: completed,
    inFlightStatuses: answers.map((answer) => answer.status),
    newRequestAfterSignal,
    signalToExitMs,
    exitCode: exit.code,
    exitSignal: exit.signal,
    drained: completed === inFlight && exit.code === 0,
  };
}

function firstAt(
  probes: Probe[],
  after: number,
  predicate: (probe: Probe) => boolean,
): number | null {
  const probe = probes.find((candidate) => candidate.at >= after && predicate(candidate));
  return probe ? Math.round(probe.at - after) : null;
}

function firstRecordAt(
  records: LoadRecord[],
  after: number,
  predicate: (record: LoadRecord) => boolean,
): number | null {
  const found = records
    .filter((record) => record.sentAt >= after && predicate(record))
    .sort((a, b) => a.sentAt - b.sentAt)[0];
  return found ? Math.round(found.sentAt + found.ms - after) : null;
}

type FaultTimes = { stopAt: number; stoppedAt: number; restartAt: number; readyAt: number };

/** The run's figures from the load records and the health probes. */
function faultFigures(
  records: LoadRecord[],
  health: { probes: Probe[] },
  times: FaultTimes,
  rows: {
    before: Awaited<ReturnType<typeof actionRows>>;
    after: Awaited<ReturnType<typeof actionRows>>;
  },
) {
  const { stopAt, stoppedAt, restartAt, readyAt } = times;
  const rowsBefore = rows.before;
  const rowsAfter = rows.after;
  const downWindow = summarise(records, stoppedAt, restartAt);
  const actionWindow = (kind: LoadRecord["kind"], from: number, to: number) =>
    summarise(
      records.filter((record) => record.kind === kind),
      from,
      to,
    );
  const actionOk = records.filter(
    (record) => record.kind === "action" && record.outcome === "ok",
  ).length;
  const firstDownProbe = health.probes.find((probe) => probe.at >= stopAt && probe.status === 503);
  return {
    connections: CONNECTIONS,
    timeline: {
      postgresStopRequestedAtMs: Math.round(stopAt),
      postgresStoppedAtMs: Math.round(stoppedAt),
      postgresRestartedAtMs: Math.round(restartAt),
      postgresReadyAtMs: Math.round(readyAt),
    },
    health: {
      msToFirst503AfterStop: firstAt(health.probes, stopAt, (probe) => probe.status === 503),
      bodyWhileDown: firstDownProbe?.body ?? null,
      maxProbeMsWhileDown: Math.round(
        Math.max(
          0,
          ...health.probes.filter((p) => p.at >= stoppedAt && p.at < restartAt).map((p) => p.ms),
        ),
      ),
      probesWhileDown: health.probes.filter((p) => p.at >= stoppedAt && p.at < restartAt).length,
      probes200WhileDown: health.probes.filter(
        (p) => p.at >= stoppedAt + 500 && p.at < restartAt && p.status === 200,
      ).length,
      msToFirst200AfterPostgresReady: firstAt(
        health.probes,
        readyAt,
        (probe) => probe.status === 200,
      ),
      bodyAfterRecovery: health.probes.findLast((probe) => probe.status === 200)?.body ?? null,
    },
    pages: {
      msToFirstFailureAfterStop: firstRecordAt(
        records,
        stopAt,
        (r) => r.kind === "page" && r.outcome !== "ok",
      ),
      msToFirstRenderedPageAfterPostgresReady: firstRecordAt(
        records,
        readyAt,
        (r) => r.kind === "page" && r.outcome === "ok",
      ),
    },
    action: {
      msToFirstUnavailableAfterStop: firstRecordAt(
        records,
        stopAt,
        (r) => r.kind === "action" && r.outcome === "unavailable",
      ),
      msToFirstSuccessAfterPostgresReady: firstRecordAt(
        records,
        readyAt,
        (r) => r.kind === "action" && r.outcome === "ok",
      ),
      successfulAnswers: actionOk,
      rowsBefore,
      rowsAfter,
      programmesWritten: rowsAfter.programmes - rowsBefore.programmes,
      halfWritten: rowsAfter.orphans,
    },
    windows: {
      baseline: summarise(records, 0, stopAt),
      down: downWindow,
      downByKind: {
        health: actionWindow("health", stoppedAt, restartAt),
        page: actionWindow("page", stoppedAt, restartAt),
        action: actionWindow("action", stoppedAt, restartAt),
      },
      afterRestart: summarise(records, readyAt, Number.POSITIVE_INFINITY),
    },
  };
}

type FaultFigures = ReturnType<typeof faultFigures>;

async function main() {
  const runStartedAt = new Date();
  ensureBuild();
  fs.mkdirSync(RESULTS, { recursive: true });
  const stamp = runStartedAt.toISOString().replaceAll(":", "-").slice(0, 19);
  const logFile = path.resolve(RESULTS, `faults-${stamp}-next.log`);
  let postgres: DedicatedPostgres | null = null;
  let stopServer: (() => Promise<unknown>) | null = null;
  try {
    console.log("Starting a dedicated PostgreSQL (embedded, temporary folder)...");
    postgres = await startDedicatedPostgres("faults");
    const ownerUrl = `${postgres.serverUrl}/incubase`;
    await query(`${postgres.serverUrl}/postgres`, "create database incubase");
    console.log("Migrating and seeding the demo data...");
    await migrateDeploy(ownerUrl, { log: () => {} });
    const { runSeed } = await import("../../prisma/seed");
    await runSeed(ownerUrl);
    const appUrl = await ensureAppRoleLogin(ownerUrl);
    if (!appUrl) throw new Error("The migrations did not create the app role.");

    const port = await freePort();
    const secret = crypto.randomBytes(32).toString("base64url");
    const env = {
      DATABASE_URL: ownerUrl,
      APP_DATABASE_URL: appUrl,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    };
    console.log(`Starting next start on 127.0.0.1:${port} (log: ${logFile})...`);
    const server = await startNextServer({ port, env, logFile });
    stopServer = () => server.stop(10_000);
    const baseUrl = server.baseUrl;
    const cookie = await signIn(baseUrl, OFFICER, DEMO_PASSWORD);
    const [membership] = await query<{ slug: string }>(
      ownerUrl,
      `select o.slug from "Membership" m join "User" u on u.id = m."userId"
       join "Organisation" o on o.id = m."organisationId"
       where u.email = $1 and m.status = 'ACTIVE' order by m."createdAt" limit 1`,
      [OFFICER],
    );
    const org = membership!.slug;
    const actionId = serverActionId(
      "lib/actions/programmes/create-programme.ts",
      "createProgramme",
    );
    const targets = buildTargets(baseUrl, cookie, org, actionId);
    // Warm every route once, so the baseline does not measure first compilation of a route.
    for (const target of targets)
      await fetch(target.url, target.init()).then((r) => r.arrayBuffer());
    const rowsBefore = await actionRows(ownerUrl);

    const origin = performance.now();
    const health = startHealthProbe(baseUrl, origin);
    const totalMs = BASELINE_MS + DOWN_MS + AFTER_RESTART_MS;
    console.log(
      `Load: ${CONNECTIONS} connections for about ${Math.round(totalMs / 1000)} s; PostgreSQL stops at ${BASELINE_MS / 1000} s for ${DOWN_MS / 1000} s...`,
    );
    const load = runLoad({ targets, connections: CONNECTIONS, durationMs: totalMs, origin });

    await sleep(BASELINE_MS - (performance.now() - origin));
    const stopAt = performance.now() - origin;
    await postgres.stop();
    const stoppedAt = performance.now() - origin;
    console.log(
      `PostgreSQL stopped (${Math.round(stoppedAt - stopAt)} ms); waiting ${DOWN_MS / 1000} s...`,
    );
    await sleep(DOWN_MS - (performance.now() - origin - stopAt));
    const restartAt = performance.now() - origin;
    await postgres.start();
    const readyAt = performance.now() - origin;
    console.log(`PostgreSQL accepting connections again (${Math.round(readyAt - restartAt)} ms).`);

    // Keep probing until the app is healthy again (bounded), then let the load finish.
    const recoveryDeadline = performance.now() + RECOVERY_LIMIT_MS;
    while (performance.now() < recoveryDeadline) {
      if (health.probes.some((probe) => probe.at > readyAt && probe.status === 200)) break;
      await sleep(100);
    }
    const records = await load;
    await health.stop();
    const rowsAfter = await actionRows(ownerUrl);

    const figures = faultFigures(
      records,
      health,
      { stopAt, stoppedAt, restartAt, readyAt },
      { before: rowsBefore, after: rowsAfter },
    );

    console.log("\nDrain: SIGTERM to `next start` with 3 requests in flight...");
    const drainNext = await drainTest({
      how: "next start (plain)",
      baseUrl,
      ownerUrl,
      cookie,
      org,
      signal: () => server.child.kill("SIGTERM"),
      exited: server.exited,
    });
    stopServer = null;
    const drains: DrainResult[] = [drainNext];
    const workerLog = fs.readFileSync(logFile, "utf8");

    if (!process.argv.includes("--skip-npm-start")) {
      console.log("Drain: SIGTERM to `npm start` (scripts/start.ts) with 3 requests in flight...");
      drains.push(
        await drainNpmStart({
          ownerUrl,
          appUrl,
          secret,
          org,
          logFile: logFile.replace("-next.log", "-npm-start.log"),
        }),
      );
    }

    const report = {
      startedAt: runStartedAt.toISOString(),
      command: `npm run faults -- ${process.argv.slice(2).join(" ")}`.trim(),
      machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
      figures,
      drains,
      jobWorkerStopLogged: /stopping background jobs/.test(workerLog),
    };
    const file = path.join(RESULTS, `faults-${stamp}.json`);
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    printReport(report.figures, drains);
    console.log(`\nWritten ${file}`);
    const isHealthy =
      figures.action.halfWritten === 0 &&
      figures.health.msToFirst503AfterStop !== null &&
      figures.health.msToFirst200AfterPostgresReady !== null &&
      drains.every((drain) => drain.inFlightCompleted === drain.inFlight);
    return isHealthy ? 0 : 1;
  } finally {
    await stopServer?.().catch(() => {});
    await postgres?.remove().catch(() => {});
  }
}

/** The same drain through `npm start` (scripts/start.ts → run-with-db → build-and-serve → next start). */
async function drainNpmStart(options: {
  ownerUrl: string;
  appUrl: string;
  secret: string;
  org: string;
  logFile: string;
}): Promise<DrainResult> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = fs.openSync(options.logFile, "a");
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      DATABASE_URL: options.ownerUrl,
      APP_DATABASE_URL: options.appUrl,
      NEXTAUTH_SECRET: options.secret,
      NEXTAUTH_URL: baseUrl,
    },
    stdio: ["ignore", log, log],
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  try {
    const deadline = Date.now() + 180_000;
    for (;;) {
      if (Date.now() > deadline)
        throw new Error(`npm start did not get healthy; see ${options.logFile}`);
      if (child.exitCode !== null)
        throw new Error(`npm start exited with ${child.exitCode}; see ${options.logFile}`);
      const healthy = await fetch(`${baseUrl}/api/health`, {
        signal: AbortSignal.timeout(5_000),
      }).then(
        (response) => response.ok,
        () => false,
      );
      if (healthy) break;
      await sleep(500);
    }
    const cookie = await signIn(baseUrl, OFFICER, DEMO_PASSWORD);
    return await drainTest({
      how: "npm start (scripts/start.ts)",
      baseUrl,
      ownerUrl: options.ownerUrl,
      cookie,
      org: options.org,
      signal: () => child.kill("SIGTERM"),
      exited,
    });
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    }
    fs.closeSync(log);
  }
}

function printReport(figures: FaultFigures, drains: DrainResult[]) {
  const { health, pages, action, windows } = figures;
  const down = windows.down;
  console.log("\nPostgreSQL stopped under load");
  console.table({
    "health: first 503 after stop (ms)": { value: health.msToFirst503AfterStop },
    "health: slowest probe while down (ms)": { value: health.maxProbeMsWhileDown },
    "health: 200s while down (after 0.5 s)": { value: health.probes200WhileDown },
    "pages: first failure after stop (ms)": { value: pages.msToFirstFailureAfterStop },
    "action: first UNAVAILABLE after stop (ms)": { value: action.msToFirstUnavailableAfterStop },
    "all: requests while down": { value: down.requests },
    "all: p50 / p95 / max latency while down (ms)": {
      value: `${down.p50Ms} / ${down.p95Ms} / ${down.maxMs}`,
    },
    "all: 503 / other error status / no answer": {
      value: `${down.status503} / ${down.statusOther} / ${down.noAnswer}`,
    },
    "statuses while down": { value: JSON.stringify(down.byStatus) },
    "pages while down: statuses": { value: JSON.stringify(windows.downByKind.page.byStatus) },
    "action while down: UNAVAILABLE / other": {
      value: `${windows.downByKind.action.unavailable} / ${windows.downByKind.action.requests - windows.downByKind.action.unavailable}`,
    },
    "health after restart: first 200 (ms after PostgreSQL ready)": {
      value: health.msToFirst200AfterPostgresReady,
    },
    "pages: first rendered page after ready (ms)": {
      value: pages.msToFirstRenderedPageAfterPostgresReady,
    },
    "action: first success after ready (ms)": { value: action.msToFirstSuccessAfterPostgresReady },
    "action: successful answers / programmes written": {
      value: `${action.successfulAnswers} / ${action.programmesWritten}`,
    },
    "action: half-written programmes (no bucket or no audit)": { value: action.halfWritten },
    "baseline p50 / p95 (ms)": { value: `${windows.baseline.p50Ms} / ${windows.baseline.p95Ms}` },
  });
  console.log("\nSIGTERM with requests in flight");
  console.table(
    drains.map((drain) => ({
      how: drain.how,
      "in flight": drain.inFlight,
      completed: drain.inFlightCompleted,
      "new request after SIGTERM": drain.newRequestAfterSignal,
      "SIGTERM → exit (ms)": drain.signalToExitMs,
      "exit code": drain.exitCode ?? drain.exitSignal,
    })),
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
