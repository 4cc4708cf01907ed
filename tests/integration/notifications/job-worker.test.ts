import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createBoss, JOB_SCHEMA } from "@/lib/jobs/boss";
import {
  DAILY_DIGEST_JOB,
  DELIVER_EMAILS_JOB,
  JOBS,
  type JobDefinition,
} from "@/lib/jobs/schedule";
import { startJobWorker, type JobWorker } from "@/lib/jobs/worker";
import { notify } from "@/lib/notifications/notify";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createOperator } from "../../factories/organisations";
import { createMember, createUser } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { eventually, jobContext, memoryTransport } from "./memory-transport";

// The worker is never started by the test setup: only these tests start it, and stop it.
const running: JobWorker[] = [];
afterEach(async () => {
  while (running.length > 0) await running.pop()?.stop(2_000);
});

async function start(jobs: readonly JobDefinition[], transport = memoryTransport()) {
  const worker = await startJobWorker({
    ownerUrl: process.env.DATABASE_URL!,
    context: jobContext(transport),
    jobs,
    isScheduling: false,
    isListening: jobs.includes(DELIVER_EMAILS_JOB),
  });
  running.push(worker);
  return worker;
}

describe("the job worker", () => {
  it("runs a job enqueued twice with the same singleton key once, even from two app instances", async () => {
    let runs = 0;
    const job: JobDefinition = {
      queue: "test-singleton",
      description: "counts its runs",
      retryLimit: 0,
      retryDelaySeconds: 1,
      expireInSeconds: 60,
      run: async () => {
        runs++;
        return { runs };
      },
    };
    // Two instances: each creates the queue and would work it.
    const first = await start([job]);
    const second = await start([job]);
    // Nothing works the queue while both send: stop polling first, so both jobs would queue.
    await first.boss.offWork(job.queue);
    await second.boss.offWork(job.queue);

    const firstId = await first.boss.send(job.queue, {}, { singletonKey: "digest-2026-11-23" });
    const secondId = await second.boss.send(job.queue, {}, { singletonKey: "digest-2026-11-23" });
    expect(firstId).toEqual(expect.any(String));
    expect(secondId).toBeNull();

    await first.boss.work(job.queue, { pollingIntervalSeconds: 0.5 }, () =>
      job.run(jobContext(memoryTransport())),
    );
    await second.boss.work(job.queue, { pollingIntervalSeconds: 0.5 }, () =>
      job.run(jobContext(memoryTransport())),
    );
    await eventually(
      async () => (await first.boss.getJobById(job.queue, firstId!))?.state === "completed",
    );
    // Give the second instance a few polls to prove there is nothing else to run.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(runs).toBe(1);
  });

  it("delivers a notice as soon as the notifying transaction commits (LISTEN/NOTIFY), then stops cleanly", async () => {
    const transport = memoryTransport();
    const worker = await start([DELIVER_EMAILS_JOB], transport);
    const operator = await createOperator(testDb());
    const officer = await createMember(testDb(), {
      organisationId: operator.id,
      role: "PROGRAMME_OFFICER",
    });
    const founder = await createUser(testDb());

    await runWithTenant({ userId: officer.user.id, organisationId: operator.id }, () =>
      db.$transaction((tx) =>
        notify(tx, {
          organisationId: operator.id,
          userIds: [founder.id],
          kind: "DISBURSEMENT",
          title: "Tranche approved: HK$412,500.00",
          body: "GMP-grade lentiviral vector lot for PFL-201 was approved.",
          link: "/pokfulam-cell/grants",
        }),
      ),
    );

    // Well before the per-minute sweep would come round.
    await eventually(() => transport.sent.length === 1, 10_000);
    expect(transport.sent[0]).toMatchObject({
      to: founder.email,
      subject: "Tranche approved: HK$412,500.00",
    });
    // The email leaves before the outbox row is marked: wait for the mark, do not race it.
    const status = async () =>
      (await testDb().notification.findFirstOrThrow({ where: { userId: founder.id } })).emailStatus;
    await eventually(async () => (await status()) === "SENT", 10_000);
    expect(await status()).toBe("SENT");

    running.pop();
    await worker.stop(2_000);
    // A stopped worker holds no connection: neither pg-boss's pool nor the listener.
    const connections = () =>
      testDb().$queryRaw<{ count: number }[]>`
        select count(*)::int as count from pg_stat_activity
        where datname = current_database()
          and application_name in ('incubase-jobs', 'incubase-outbox-listener')`;
    await eventually(async () => (await connections())[0]?.count === 0, 10_000);
  });

  it("starts every job of the app, schedules included, as an instance does at boot", async () => {
    // The app's own set-up: every queue, the cron schedules and the digest catch-up. A queue
    // option pg-boss refuses would stop background jobs on every instance.
    const worker = await startJobWorker({
      ownerUrl: process.env.DATABASE_URL!,
      context: jobContext(memoryTransport()),
      jobs: JOBS,
      isScheduling: true,
      isListening: true,
    });
    running.push(worker);
    const schedules = await worker.boss.getSchedules();
    expect(schedules.map((schedule) => schedule.name)).toEqual(
      expect.arrayContaining([DAILY_DIGEST_JOB.queue]),
    );
    const queued = await worker.boss.getQueue(DAILY_DIGEST_JOB.queue);
    expect(queued?.name).toBe(DAILY_DIGEST_JOB.queue);
  });

  it("keeps its tables in its own schema, out of the app role's reach", async () => {
    const boss = createBoss(process.env.DATABASE_URL!);
    await boss.start();
    await boss.stop({ graceful: false });
    const app = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });
    await app.connect();
    try {
      const error = await app.query(`select count(*) from ${JOB_SCHEMA}.job`).then(
        () => null,
        (caught: { code?: string }) => caught,
      );
      expect(error?.code).toBe("42501"); // permission denied
    } finally {
      await app.end();
    }
  });
});
