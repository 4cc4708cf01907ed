import { db } from "@/lib/db";
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from "@/lib/errors/unavailable";

export const dynamic = "force-dynamic";

/**
 * How long the probe waits for `select 1`: a load balancer must get a quick "down" while the
 * database cannot be reached, not wait for the pool's own connection timeout (5 s by default).
 */
const PROBE_TIMEOUT_MS = 1_500;

type JobsState = "running" | "starting" | "stopped" | "off";

// lib/jobs/server-worker.ts keeps the worker's start promise under this key (one per process).
const WORKER_KEY = Symbol.for("incubase.job-worker");

/** The background job worker of this instance, read without waiting and without a query. */
async function jobsState(): Promise<JobsState> {
  const started = (globalThis as Record<symbol, Promise<unknown> | undefined>)[WORKER_KEY];
  if (!started) return "off";
  const pending = Symbol("pending");
  // setImmediate runs after every pending promise callback: a settled start has answered by then.
  const worker = await Promise.race([
    started.then(
      (value) => value,
      () => null,
    ),
    new Promise<typeof pending>((resolve) => setImmediate(() => resolve(pending))),
  ]);
  if (worker === pending) return "starting";
  return worker ? "running" : "stopped";
}

async function probeDatabase(): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([db.$queryRaw`select 1`.then(() => true), timedOut]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Readiness for load balancers and the e2e harness: 200 `{ status: "ok", database: "up" }`
 * when this instance can query PostgreSQL within 1.5 s, else 503
 * `{ status: "unavailable", database: "down" }`. `jobs` tells whether this instance's job
 * worker runs (docs/deployment.md).
 */
export async function GET() {
  const [isUp, jobs] = await Promise.all([probeDatabase(), jobsState()]);
  const headers = { "Cache-Control": "no-store" };
  if (isUp) return Response.json({ status: "ok", database: "up", jobs }, { headers });
  return Response.json(
    { status: "unavailable", database: "down", jobs },
    {
      status: 503,
      headers: { ...headers, "Retry-After": String(UNAVAILABLE_RETRY_AFTER_SECONDS) },
    },
  );
}
