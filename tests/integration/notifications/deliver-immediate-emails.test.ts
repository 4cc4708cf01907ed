import { describe, expect, it } from "vitest";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import {
  deliverImmediateEmails,
  MAX_EMAIL_ATTEMPTS,
} from "@/lib/notifications/deliver-immediate-emails";
import { createNotification } from "../../factories/notifications";
import { createOperator } from "../../factories/organisations";
import { createUser } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { jobContext, memoryTransport, TEST_APP_URL } from "./memory-transport";

const NOW = new Date("2026-11-23T02:00:00Z"); // 10:00 HKT

async function queued(userId: string, kind: NotificationKind, overrides = {}) {
  const operator = await createOperator(testDb(), { name: "Hong Kong Science Park" });
  return createNotification(testDb(), {
    userId,
    organisationId: operator.id,
    kind,
    title: `${kind} notice`,
    body: "IB-2026-014 was accepted into the Incu-Bio Programme.",
    link: "/pokfulam-cell/applications/abc",
    emailStatus: "PENDING",
    createdAt: new Date(NOW.getTime() - 60_000),
    ...overrides,
  });
}

const rowOf = (id: string) => testDb().notification.findUniqueOrThrow({ where: { id } });

describe("deliverImmediateEmails", () => {
  it("sends an immediate email once, with the notice's words and an absolute link", async () => {
    const founder = await createUser(testDb(), { name: "Dr Grace Lam", email: "grace@pfl.test" });
    const notice = await queued(founder.id, "DECISION");
    const transport = memoryTransport();

    const report = await deliverImmediateEmails(jobContext(transport, NOW));

    expect(report).toMatchObject({ sent: 1, failed: 0, retrying: 0 });
    expect(transport.sent).toHaveLength(1);
    const [email] = transport.sent;
    expect(email?.to).toBe("grace@pfl.test");
    expect(email?.subject).toBe("DECISION notice");
    expect(email?.text).toContain("Dear Dr Grace Lam,");
    expect(email?.text).toContain("From Hong Kong Science Park");
    expect(email?.text).toContain("IB-2026-014 was accepted into the Incu-Bio Programme.");
    expect(email?.text).toContain(`${TEST_APP_URL}/pokfulam-cell/applications/abc`);
    expect(email?.html).toContain(`href="${TEST_APP_URL}/pokfulam-cell/applications/abc"`);
    expect(await rowOf(notice.id)).toMatchObject({
      emailStatus: "SENT",
      emailedAt: NOW,
      emailAttempts: 1,
      emailNextAttemptAt: null,
    });

    // A second run finds nothing to do.
    await deliverImmediateEmails(jobContext(transport, NOW));
    expect(transport.sent).toHaveLength(1);
  });

  it("follows preferences: digest kinds wait, OFF and deactivated accounts are skipped, read ones too", async () => {
    const founder = await createUser(testDb());
    await testDb().notificationPreference.create({
      data: { userId: founder.id, kind: "DISBURSEMENT", email: "OFF" },
    });
    const milestone = await queued(founder.id, "MILESTONE");
    const tranche = await queued(founder.id, "DISBURSEMENT");
    const alreadyRead = await queued(founder.id, "DECISION", { readAt: NOW });
    const gone = await createUser(testDb(), { deactivatedAt: NOW });
    const toGone = await queued(gone.id, "DECISION");
    const transport = memoryTransport();

    const report = await deliverImmediateEmails(jobContext(transport, NOW));

    expect(transport.sent).toEqual([]);
    expect(report).toMatchObject({ sent: 0, queuedForDigest: 1, skipped: 3 });
    expect((await rowOf(milestone.id)).emailStatus).toBe("DIGEST");
    expect((await rowOf(tranche.id)).emailStatus).toBe("SKIPPED");
    expect((await rowOf(alreadyRead.id)).emailStatus).toBe("SKIPPED");
    expect((await rowOf(toGone.id)).emailStatus).toBe("SKIPPED");
  });

  it("writes the email in the recipient's saved language", async () => {
    const founder = await createUser(testDb(), { name: "林嘉欣", locale: "zh-HK" });
    await queued(founder.id, "DECISION");
    const transport = memoryTransport();
    await deliverImmediateEmails(jobContext(transport, NOW));
    expect(transport.sent[0]?.text).toContain("林嘉欣，你好：");
    expect(transport.sent[0]?.html).toContain('<html lang="zh-HK">');
  });

  it("retries a failed send later with backoff, and gives up after the last attempt", async () => {
    const founder = await createUser(testDb());
    const notice = await queued(founder.id, "DECISION");
    const transport = memoryTransport({ failWith: "421 mail server busy" });
    let clock = NOW;
    const context = jobContext(transport, () => clock);

    expect(await deliverImmediateEmails(context)).toMatchObject({ sent: 0, retrying: 1 });
    expect(await rowOf(notice.id)).toMatchObject({
      emailStatus: "PENDING",
      emailAttempts: 1,
      emailLastError: "421 mail server busy",
      emailNextAttemptAt: new Date(NOW.getTime() + 60_000),
    });
    // Not before the backoff has passed.
    expect(await deliverImmediateEmails(context)).toMatchObject({ retrying: 0 });

    for (let attempt = 2; attempt <= MAX_EMAIL_ATTEMPTS; attempt++) {
      clock = new Date(clock.getTime() + 3 * 60 * 60 * 1000);
      await deliverImmediateEmails(context);
    }
    expect(await rowOf(notice.id)).toMatchObject({
      emailStatus: "FAILED",
      emailAttempts: MAX_EMAIL_ATTEMPTS,
      emailNextAttemptAt: null,
    });
    transport.failWith = undefined;
    clock = new Date(clock.getTime() + 24 * 60 * 60 * 1000);
    await deliverImmediateEmails(context);
    expect(transport.sent).toEqual([]);
  });

  it("a failed send is delivered by a later run once the mail server answers", async () => {
    const founder = await createUser(testDb());
    const notice = await queued(founder.id, "DISBURSEMENT");
    const transport = memoryTransport({ failWith: "connection timed out" });
    await deliverImmediateEmails(jobContext(transport, NOW));
    transport.failWith = undefined;
    await deliverImmediateEmails(jobContext(transport, new Date(NOW.getTime() + 2 * 60_000)));
    expect(transport.sent).toHaveLength(1);
    expect(await rowOf(notice.id)).toMatchObject({ emailStatus: "SENT", emailAttempts: 2 });
  });

  it("two workers running at once send each email once", async () => {
    const founders = await Promise.all([1, 2, 3, 4, 5].map(() => createUser(testDb())));
    for (const founder of founders) await queued(founder.id, "DECISION");
    const transport = memoryTransport({ delayMs: 50 });

    await Promise.all([
      deliverImmediateEmails(jobContext(transport, NOW)),
      deliverImmediateEmails(jobContext(transport, NOW)),
    ]);

    const recipients = transport.sent.map((email) => email.to).sort();
    expect(recipients).toEqual(founders.map((founder) => founder.email).sort());
  });
});
