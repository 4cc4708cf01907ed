import { describe, expect, it } from "vitest";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { DAILY_DIGEST_JOB } from "@/lib/jobs/schedule";
import { sendDailyDigests } from "@/lib/notifications/send-daily-digests";
import { createNotification } from "../../factories/notifications";
import { createUser } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { jobContext, memoryTransport, TEST_APP_URL } from "./memory-transport";

// 23 Nov 2026, 08:00:30 HKT: the digest of the 23rd.
const DIGEST_RUN = new Date("2026-11-23T00:00:30Z");
const hkt = (iso: string) => new Date(`${iso}+08:00`);

function queuedForDigest(userId: string, createdAt: Date, overrides = {}) {
  return createNotification(testDb(), {
    userId,
    kind: "MILESTONE" as NotificationKind,
    title: `Milestone update ${createdAt.toISOString()}`,
    body: "Kelvin Chan accepted your evidence.",
    link: "/pokfulam-cell/milestones",
    emailStatus: "DIGEST",
    createdAt,
    ...overrides,
  });
}

const rowOf = (id: string) => testDb().notification.findUniqueOrThrow({ where: { id } });
const digestsOf = (userId: string) =>
  testDb().notificationDigest.findMany({ where: { userId }, orderBy: { digestDate: "asc" } });

describe("sendDailyDigests", () => {
  it("sends one email per user listing their unread notices by Hong Kong day, and nothing more when run again", async () => {
    const grace = await createUser(testDb(), { name: "Grace Lam" });
    const kelvin = await createUser(testDb(), { name: "Kelvin Chan" });
    const lateEvening = await queuedForDigest(grace.id, hkt("2026-11-21T23:59:00"));
    const justAfterMidnight = await queuedForDigest(grace.id, hkt("2026-11-22T00:01:00"));
    const readAlready = await queuedForDigest(grace.id, hkt("2026-11-22T10:00:00"), {
      readAt: hkt("2026-11-22T11:00:00"),
    });
    const forKelvin = await queuedForDigest(kelvin.id, hkt("2026-11-22T18:00:00"));
    // After 08:00 on the 23rd: tomorrow's digest.
    const tooLate = await queuedForDigest(grace.id, hkt("2026-11-23T08:00:10"));
    const transport = memoryTransport();

    const report = await sendDailyDigests(jobContext(transport, DIGEST_RUN));

    expect(report).toEqual({ sent: 2, alreadySent: 0, empty: 0, failed: 0 });
    expect(transport.sent.map((email) => email.to).sort()).toEqual(
      [grace.email, kelvin.email].sort(),
    );
    const toGrace = transport.sent.find((email) => email.to === grace.email)!;
    expect(toGrace.subject).toBe("Incubase daily digest, Mon, 23 Nov 2026: 2 unread notices");
    // Grouped by Hong Kong day, newest first: 00:01 on the 22nd is not the 21st.
    const sunday = toGrace.text.indexOf("Sun, 22 Nov 2026");
    const saturday = toGrace.text.indexOf("Sat, 21 Nov 2026");
    expect(sunday).toBeGreaterThan(-1);
    expect(saturday).toBeGreaterThan(sunday);
    expect(toGrace.text.indexOf(justAfterMidnight.title)).toBeGreaterThan(sunday);
    expect(toGrace.text.indexOf(justAfterMidnight.title)).toBeLessThan(saturday);
    expect(toGrace.text.indexOf(lateEvening.title)).toBeGreaterThan(saturday);
    expect(toGrace.text).not.toContain(readAlready.title);
    expect(toGrace.text).not.toContain(tooLate.title);
    expect(toGrace.text).toContain(`${TEST_APP_URL}/pokfulam-cell/milestones`);

    expect(await rowOf(lateEvening.id)).toMatchObject({
      emailStatus: "SENT",
      emailedAt: DIGEST_RUN,
    });
    expect(await rowOf(readAlready.id)).toMatchObject({ emailStatus: "SKIPPED", emailedAt: null });
    expect(await rowOf(tooLate.id)).toMatchObject({ emailStatus: "DIGEST", digestId: null });
    expect(await rowOf(forKelvin.id)).toMatchObject({ emailStatus: "SENT" });
    const [digest] = await digestsOf(grace.id);
    expect(digest).toMatchObject({
      digestDate: new Date("2026-11-23T00:00:00Z"),
      sentAt: DIGEST_RUN,
    });

    // Run again, later the same day: the 09:00 notice still waits, nobody gets a second email.
    const again = await sendDailyDigests(jobContext(transport, hkt("2026-11-23T15:00:00")));
    expect(again.sent).toBe(0);
    expect(transport.sent).toHaveLength(2);
    expect(await digestsOf(grace.id)).toHaveLength(1);

    // The next morning it goes out.
    await sendDailyDigests(jobContext(transport, hkt("2026-11-24T08:00:05")));
    expect(transport.sent).toHaveLength(3);
    expect(transport.sent[2]).toMatchObject({ to: grace.email });
    expect(transport.sent[2]?.text).toContain(tooLate.title);
    expect(await digestsOf(grace.id)).toHaveLength(2);
  });

  it("before 08:00 HKT a run is yesterday's digest: it never sends today's early", async () => {
    const user = await createUser(testDb());
    await queuedForDigest(user.id, hkt("2026-11-22T21:00:00"));
    const transport = memoryTransport();
    // 07:59 on the 23rd: the 22nd's digest (due at 08:00 on the 22nd) covers notices before then only.
    const report = await sendDailyDigests(jobContext(transport, hkt("2026-11-23T07:59:00")));
    expect(report.sent).toBe(0);
    await sendDailyDigests(jobContext(transport, hkt("2026-11-23T08:00:00")));
    expect(transport.sent).toHaveLength(1);
  });

  it("two runs at once (two instances) send one email per user", async () => {
    const users = await Promise.all([1, 2, 3].map(() => createUser(testDb())));
    for (const user of users) await queuedForDigest(user.id, hkt("2026-11-22T12:00:00"));
    const transport = memoryTransport({ delayMs: 30 });
    await Promise.all([
      sendDailyDigests(jobContext(transport, DIGEST_RUN)),
      sendDailyDigests(jobContext(transport, DIGEST_RUN)),
    ]);
    expect(transport.sent.map((email) => email.to).sort()).toEqual(
      users.map((user) => user.email).sort(),
    );
  });

  it("a failed digest is retried the same day and sent once", async () => {
    const user = await createUser(testDb());
    const notice = await queuedForDigest(user.id, hkt("2026-11-22T12:00:00"));
    const transport = memoryTransport({ failWith: "mail server unavailable" });
    expect((await sendDailyDigests(jobContext(transport, DIGEST_RUN))).failed).toBe(1);
    expect(await digestsOf(user.id)).toMatchObject([{ sentAt: null, attempts: 1 }]);
    expect((await rowOf(notice.id)).emailStatus).toBe("DIGEST");

    transport.failWith = undefined;
    const retry = await sendDailyDigests(jobContext(transport, hkt("2026-11-23T08:10:00")));
    expect(retry.sent).toBe(1);
    await sendDailyDigests(jobContext(transport, hkt("2026-11-23T08:20:00")));
    expect(transport.sent).toHaveLength(1);
    expect(await rowOf(notice.id)).toMatchObject({ emailStatus: "SENT" });
  });

  it("drops notices whose kind the user has since turned off", async () => {
    const user = await createUser(testDb());
    const notice = await queuedForDigest(user.id, hkt("2026-11-22T12:00:00"));
    await testDb().notificationPreference.create({
      data: { userId: user.id, kind: "MILESTONE", email: "OFF" },
    });
    const transport = memoryTransport();
    expect(await sendDailyDigests(jobContext(transport, DIGEST_RUN))).toMatchObject({ sent: 0 });
    expect(transport.sent).toEqual([]);
    expect((await rowOf(notice.id)).emailStatus).toBe("SKIPPED");
    expect(await digestsOf(user.id)).toEqual([]);
  });

  it("the digest job first sorts notices still in the outbox, so they make this morning's digest", async () => {
    const user = await createUser(testDb());
    const pending = await createNotification(testDb(), {
      userId: user.id,
      kind: "COACHING",
      title: "Session notes from Dr Samuel Yip",
      emailStatus: "PENDING",
      createdAt: hkt("2026-11-23T07:30:00"),
    });
    const transport = memoryTransport();
    await DAILY_DIGEST_JOB.run(jobContext(transport, DIGEST_RUN));
    expect(transport.sent).toHaveLength(1);
    expect(transport.sent[0]?.text).toContain(pending.title);
  });
});
