import { createPrismaClient } from "@/lib/db-client";
import { appBaseUrl } from "@/lib/email/app-url";
import { createEmailTransport } from "@/lib/email/transport";
import { logger } from "@/lib/logger";
import { startJobWorker, type JobWorker } from "@/lib/jobs/worker";

// One worker per process, even if the dev server evaluates this module again.
const WORKER_KEY = Symbol.for("incubase.job-worker");
const store = globalThis as unknown as { [WORKER_KEY]?: Promise<JobWorker | null> };

const RETRY_START_MS = 30_000;

/**
 * Starts the background worker inside the Next.js server process (from instrumentation.ts)
 * unless JOBS_WORKER=off: instances that only serve pages can turn it off, any number of
 * instances can leave it on. Never throws: without the worker the app still works and
 * queued emails wait in the outbox until a worker runs.
 */
export function startServerJobWorker(): void {
  if (process.env.JOBS_WORKER === "off") {
    logger.info("background jobs are off on this instance (JOBS_WORKER=off)");
    return;
  }
  const ownerUrl = process.env.DATABASE_URL;
  if (!ownerUrl) {
    logger.warn("background jobs not started: DATABASE_URL is not set");
    return;
  }
  store[WORKER_KEY] ??= boot(ownerUrl);
}

async function boot(ownerUrl: string): Promise<JobWorker | null> {
  const database = createPrismaClient(ownerUrl);
  const transport = createEmailTransport();
  let worker: JobWorker | null = null;
  let isStopping = false;

  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    logger.info("stopping background jobs", { signal });
    try {
      await worker?.stop();
    } catch (error) {
      logger.error("background jobs did not stop cleanly", { error: String(error) });
    } finally {
      transport.close();
      await database.$disconnect().catch(() => {});
    }
  };
  // Next.js exits on these signals once its own server is closed; the worker stops alongside.
  // Whatever is cut short is retried: outbox rows are leased, pg-boss jobs expire and rerun.
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));

  while (!isStopping) {
    try {
      worker = await startJobWorker({
        ownerUrl,
        context: { database, transport, appUrl: appBaseUrl() },
      });
      logger.info("background jobs started", { emailTransport: transport.name });
      return worker;
    } catch (error) {
      logger.error("background jobs could not start; retrying in 30 s", {
        error: error instanceof Error ? error.message : String(error),
      });
      await new Promise((resolve) => setTimeout(resolve, RETRY_START_MS).unref());
    }
  }
  return null;
}
