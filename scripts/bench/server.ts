import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** A free TCP port on the loopback interface, as the kernel hands one out. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type RunningServer = {
  baseUrl: string;
  /** The `next start` process (its workers are its descendants). */
  pid: number;
  /** CPU time (user + system) the server's processes have used so far, in milliseconds. */
  cpuMs: () => number;
  stop: () => Promise<void>;
};

// Linux reports process CPU in clock ticks of 1/100 s (USER_HZ).
const TICK_MS = 10;

/** Resident memory of a process and its descendants, in MiB (0 where /proc does not exist). */
export function processTreeRssMiB(rootPid: number): number {
  if (!fs.existsSync("/proc")) return 0;
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, "utf8");
      parents.set(Number(entry), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      rss.set(Number(entry), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
    } catch {
      // the process ended while we read
    }
  }
  let kib = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    kib += rss.get(pid) ?? 0;
    for (const [child, parent] of parents) if (parent === pid) pending.push(child);
  }
  return kib / 1024;
}

/**
 * CPU used by a process and its descendants, from /proc: the work a request costs the server,
 * which on a shared machine is steadier than latency (other processes lengthen waits, not
 * work). Zero where /proc does not exist.
 */
export function processTreeCpuMs(rootPid: number): number {
  if (!fs.existsSync("/proc")) return 0;
  const stats = new Map<number, { parent: number; ticks: number }>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name (field 2) may hold spaces and parentheses: fields after its last ")".
      const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(entry), {
        parent: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // the process ended while we read
    }
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += stats.get(pid)?.ticks ?? 0;
    for (const [child, stat] of stats) if (stat.parent === pid) pending.push(child);
  }
  return total * TICK_MS;
}

/**
 * `next start` of the existing production build against one database, with the benchmark floor
 * enabled; resolves once /api/health answers. Its output goes to `logFile`.
 */
export async function startServer(options: {
  databaseUrl: string;
  appDatabaseUrl: string;
  logFile: string;
  port?: number;
}): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://localhost:${port}`;
  const log = fs.openSync(options.logFile, "a");
  const nextBin = require.resolve("next/dist/bin/next");
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      APP_DATABASE_URL: options.appDatabaseUrl,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? crypto.randomBytes(32).toString("base64url"),
      BENCH_FLOOR: "1",
    },
    stdio: ["ignore", log, log],
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
    fs.closeSync(log);
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`next start exited with ${child.exitCode}; see ${options.logFile}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) {
        return {
          baseUrl,
          pid: child.pid ?? 0,
          cpuMs: () => processTreeCpuMs(child.pid ?? 0),
          stop,
        };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`next start did not answer /api/health within 90 s; see ${options.logFile}`);
}

/**
 * Waits until the server answers /api/health within `quickMs` again: requests a finished
 * load run left in flight are still being served, and must not slow the next measurement.
 */
export async function waitUntilIdle(
  baseUrl: string,
  quickMs = 250,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const started = performance.now();
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      await response.arrayBuffer();
      if (response.ok && performance.now() - started < quickMs) return;
    } catch {
      // busy or restarting: try again
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * How quickly /api/health answers an idle server on this machine now (the median of five, at
 * least 250 ms): waitUntilIdle's threshold, so a busy shared machine does not look "never idle".
 */
export async function idleHealthMs(baseUrl: string): Promise<number> {
  const timings: number[] = [];
  for (let attempt = 0; attempt < 5; attempt++) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/health`);
    await response.arrayBuffer();
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return Math.max(250, 3 * timings[2]!);
}
