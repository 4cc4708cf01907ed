/**
 * `npm start`: one command from a fresh clone to a running app. Starts (or uses) PostgreSQL,
 * applies migrations, seeds the demo data, builds the app when the sources changed, prints
 * the demo sign-ins and serves http://localhost:3000.
 *
 * SIGTERM (or Ctrl-C) drains: the signal goes straight to the `next start` server process,
 * which stops accepting connections, answers the requests in flight and stops the job worker;
 * then the wrappers end in order, run-with-db stops the embedded PostgreSQL last, and this
 * process exits 0 (docs/deployment.md). A stop that takes longer than DRAIN_TIMEOUT_MS
 * (default 30 s) is cut short with SIGKILL and exits 1.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import { ensureAppSecret } from "./app-secret";

ensureAppSecret();
process.env.PORT ??= "3000";
process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT}`;

const DRAIN_TIMEOUT_MS = Number(process.env.DRAIN_TIMEOUT_MS ?? 30_000);
// `next start` exits 128 + the signal's number once it has drained (Next.js 16): a clean stop.
const CLEAN_STOP_CODES = new Set([0, 130, 143]);

// Node with tsx's loader rather than `npx tsx`: one wrapper process less between us and the server.
const tsx = (script: string, ...args: string[]) => [
  process.execPath,
  "--import",
  "tsx",
  script,
  ...args,
];

const [program, ...args] = tsx(
  "scripts/run-with-db.ts",
  "--migrate",
  "--seed",
  "--",
  ...tsx("scripts/build-and-serve.ts"),
);
// Its own process group: a Ctrl-C in the terminal reaches this process only, which then stops
// the server first (below) instead of every wrapper at once.
const child = spawn(program!, args, { stdio: "inherit", env: process.env, detached: true });

/** The processes under `root`, from /proc (Linux); empty where there is no /proc. */
function descendants(root: number): { pid: number; command: string }[] {
  if (!fs.existsSync("/proc")) return [];
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // ended while we read
    }
  }
  const found: { pid: number; command: string }[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const parent = pending.pop()!;
    for (const [pid, ppid] of parents) {
      if (ppid !== parent) continue;
      pending.push(pid);
      try {
        const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
        found.push({ pid, command });
      } catch {
        // ended while we read
      }
    }
  }
  return found;
}

/**
 * The `next start` server under us. npx, which build-and-serve uses to run it, exits on SIGTERM
 * without passing the signal on: the server would keep running, orphaned, and run-with-db would
 * stop PostgreSQL under the requests still in flight. So the server gets the signal itself.
 */
function serverProcess(): number | null {
  const server = descendants(child.pid ?? -1).find(
    ({ command }) =>
      command.startsWith("next-server") || /next\/dist\/bin\/next\s+start\b/.test(command),
  );
  return server?.pid ?? null;
}

let stopSignal: NodeJS.Signals | null = null;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopSignal) return;
    stopSignal = signal;
    const server = serverProcess();
    console.log(
      `\n${signal}: ${server ? "finishing the requests in flight, then stopping" : "stopping"}...`,
    );
    try {
      // Not serving yet (migrating, seeding, building): stop the whole group.
      if (server) process.kill(server, signal);
      else process.kill(-child.pid!, signal);
    } catch {
      child.kill(signal);
    }
    setTimeout(() => {
      console.error(`Still running after ${DRAIN_TIMEOUT_MS} ms: stopping at once.`);
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
      process.exit(1);
    }, DRAIN_TIMEOUT_MS).unref();
  });
}
child.on("exit", (code, signal) => {
  if (stopSignal) process.exit(code !== null && CLEAN_STOP_CODES.has(code) ? 0 : 1);
  process.exit(code ?? (signal ? 1 : 0));
});
