import type PgBoss from "pg-boss";
import { logger } from "@/lib/logger";
import { hongKongDayKey, latestDigestTime } from "@/lib/notifications/digest";
import { createBoss } from "@/lib/jobs/boss";
import { listenToOutbox, type OutboxListener } from "@/lib/jobs/outbox-listener";
import {
  DAILY_DIGEST_JOB,
  DELIVER_EMAILS_JOB,
  JOBS,
  SCHEDULE_TIME_ZONE,
  type JobContext,
  type JobDefinition,
} from "@/lib/jobs/schedule";

export type JobWorker = {
  boss: PgBoss;
  /** Asks for an outbox run now (at most one waits while another runs). */
  nudgeEmailDelivery(): Promise<void>;
  /** Stops taking jobs, waits up to `timeoutMs` for running ones, closes the connections. */
  stop(timeoutMs?: number): Promise<void>;
};

export type JobWorkerOptions = {
  /** The owner connection (DATABASE_URL): pg-boss's schema and the outbox. */
  ownerUrl: string;
  context: JobContext;
  jobs?: readonly JobDefinition[];
  /** Register the cron schedules (off in tests that send jobs by hand). */
  isScheduling?: boolean;
  /** Wake on notify() commits (PostgreSQL LISTEN). */
  isListening?: boolean;
};

/**
 * Starts pg-boss on the owner connection and works every job of the registry. Every queue is
 * "stately" (at most one run waiting and one running per singleton key, across all
 * instances), and pg-boss sends each cron job once per minute for the whole cluster, so two
 * app instances never run a job twice. The jobs themselves are idempotent besides.
 */
export async function startJobWorker(options: JobWorkerOptions): Promise<JobWorker> {
  const boss = createBoss(options.ownerUrl);
  boss.on("error", (error) => logger.error("job queue error", { error: error.message }));
  await boss.start();
  try {
    return await setUpJobs(boss, options);
  } catch (error) {
    // Half set up: close pg-boss's connections before the caller retries.
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw error;
  }
}

async function setUpJobs(boss: PgBoss, options: JobWorkerOptions): Promise<JobWorker> {
  const jobs = options.jobs ?? JOBS;

  const workerIds = new Map<string, string>();
  for (const job of jobs) {
    const queueOptions = {
      name: job.queue,
      policy: "stately" as const,
      retryLimit: job.retryLimit,
      retryDelay: job.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: job.expireInSeconds,
    };
    await boss.createQueue(job.queue, queueOptions);
    // A queue made by an earlier version keeps its old settings unless updated.
    await boss.updateQueue(job.queue, queueOptions);
    const workerId = await boss.work(
      job.queue,
      { batchSize: 1, pollingIntervalSeconds: 2 },
      async ([received]) => {
        const startedAt = Date.now();
        const result = await job.run(options.context);
        // The outbox sweep runs every minute: log runs that did something.
        if (didSomething(result)) {
          logger.info("job done", {
            queue: job.queue,
            jobId: received?.id,
            ms: Date.now() - startedAt,
            result,
          });
        }
        return result;
      },
    );
    workerIds.set(job.queue, workerId);
  }

  if (options.isScheduling ?? true) {
    const names = new Set(jobs.map((job) => job.queue));
    for (const schedule of await boss.getSchedules()) {
      if (!names.has(schedule.name)) await boss.unschedule(schedule.name);
    }
    for (const job of jobs) {
      if (job.cron) {
        await boss.schedule(
          job.queue,
          job.cron,
          {},
          { tz: SCHEDULE_TIME_ZONE, singletonKey: "cron" },
        );
      } else {
        await boss.unschedule(job.queue).catch(() => {});
      }
    }
  }

  const nudgeEmailDelivery = async () => {
    if (!workerIds.has(DELIVER_EMAILS_JOB.queue)) return;
    await boss.send(DELIVER_EMAILS_JOB.queue, {}, { singletonKey: "outbox" });
    const workerId = workerIds.get(DELIVER_EMAILS_JOB.queue);
    if (workerId) boss.notifyWorker(workerId);
  };

  let listener: OutboxListener | null = null;
  if (options.isListening ?? true) {
    listener = await listenToOutbox(options.ownerUrl, () => {
      nudgeEmailDelivery().catch((error: Error) =>
        logger.error("could not queue email delivery", { error: error.message }),
      );
    });
  }

  // The cron fires only at 08:00 HKT: an instance starting after downtime runs the digest it
  // missed. A digest lists only notices from before its 08:00 and is unique per user and day,
  // so when nothing was missed this sends nothing.
  const now = options.context.now?.() ?? new Date();
  if ((options.isScheduling ?? true) && workerIds.has(DAILY_DIGEST_JOB.queue)) {
    const day = hongKongDayKey(latestDigestTime(now));
    // Instances starting together queue one catch-up (the singleton key); one starting after
    // that job finished queues another, which sends nothing: a digest is unique per user and day.
    await boss.send(DAILY_DIGEST_JOB.queue, {}, { singletonKey: `catch-up-${day}` });
  }
  // Anything left in the outbox from before this start.
  await nudgeEmailDelivery();

  return {
    boss,
    nudgeEmailDelivery,
    async stop(timeoutMs = 10_000) {
      await listener?.close();
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    },
  };
}

/** True when a job's report counts anything (`{ sent: 0, … }` is an idle run). */
function didSomething(result: unknown): boolean {
  if (!result || typeof result !== "object") return true;
  return Object.values(result).some((value) => typeof value !== "number" || value > 0);
}
