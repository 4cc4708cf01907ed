/**
 * `next start` of the existing build as a child process, for the fault and cluster runs: its
 * environment, its log file, a wait for /api/health and a SIGTERM that reports how it ended.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export type NextServer = {
  baseUrl: string;
  port: number;
  child: ChildProcess;
  /** How the process ended: its exit code (null when killed by a signal) and that signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with how it ended. */
  stop: (graceMs?: number) => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

export async function startNextServer(options: {
  port: number;
  env: Record<string, string>;
  logFile: string;
  /** How long to wait for the first healthy answer. */
  readyTimeoutMs?: number;
}): Promise<NextServer> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const log = fs.openSync(options.logFile, "a");
  const nextBin = require.resolve("next/dist/bin/next");
  const child = spawn(
    process.execPath,
    [nextBin, "start", "-H", "127.0.0.1", "-p", String(options.port)],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(options.port),
        ...options.env,
      },
      stdio: ["ignore", log, log],
    },
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => {
      fs.closeSync(log);
      resolve({ code, signal });
    }),
  );
  const stop = async (graceMs = 30_000) => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    const result = await exited;
    clearTimeout(timer);
    return result;
  };
  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`next start exited with ${child.exitCode}; see ${options.logFile}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return { baseUrl, port: options.port, child, exited, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop(5_000);
  throw new Error(`next start did not answer /api/health in time; see ${options.logFile}`);
}

/** The build's server action id for an export of a source file (server reference manifest). */
export function serverActionId(source: string, exportName: string): string {
  const file = ".next/server/server-reference-manifest.json";
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as {
    node?: Record<string, { filename?: string; exportedName?: string }>;
  };
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    if (entry.exportedName === exportName && entry.filename?.endsWith(source)) return id;
  }
  throw new Error(`${exportName} (${source}) is used by no page of this build`);
}

/** Runs `next build` when there is no build yet (`.next/BUILD_ID`); an existing one is used as is. */
export function ensureBuild(): void {
  if (fs.existsSync(".next/BUILD_ID")) return;
  console.log("No build in .next: running `npm run build` once...");
  const { status } = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (status !== 0) throw new Error(`npm run build failed (${status})`);
}
