import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverImmediateEmails } from "@/lib/notifications/deliver-immediate-emails";
import { notify } from "@/lib/notifications/notify";
import { EMAIL_OUTBOX_CHANNEL } from "@/lib/notifications/outbox-channel";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createOperator, createStartup } from "../../factories/organisations";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { jobContext, memoryTransport } from "./memory-transport";

// notify() as the app uses it: the app role, as an officer of the operator, inside the
// action's transaction.
let listener: pg.Client;
const signals: string[] = [];
let nextSignal: (() => void) | null = null;

beforeAll(async () => {
  listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await listener.connect();
  listener.on("notification", (message) => {
    signals.push(message.channel);
    nextSignal?.();
  });
  await listener.query(`LISTEN ${EMAIL_OUTBOX_CHANNEL}`);
});
afterAll(async () => {
  await listener.end();
});

async function world() {
  const operator = await createOperator(testDb());
  const officer = await createMember(testDb(), {
    organisationId: operator.id,
    role: "PROGRAMME_OFFICER",
  });
  const startup = await createStartup(testDb());
  const founder = await createMember(testDb(), {
    organisationId: startup.id,
    role: "STARTUP_MEMBER",
  });
  const asOfficer = <T>(fn: () => Promise<T>) =>
    runWithTenant({ userId: officer.user.id, organisationId: operator.id }, fn);
  const input = {
    organisationId: operator.id,
    userIds: [founder.user.id, founder.user.id],
    kind: "DECISION" as const,
    title: "IB-2026-014: accepted",
    body: "Welcome to the Incu-Bio Programme.",
    link: `/${startup.slug}`,
  };
  return { founder, asOfficer, input };
}

describe("notify()", () => {
  it("in a rolled-back transaction leaves neither the notice nor a queued email nor a wake-up", async () => {
    const { founder, asOfficer, input } = await world();
    signals.length = 0;

    await expect(
      asOfficer(() =>
        db.$transaction(async (tx) => {
          expect(await notify(tx, input)).toBe(1);
          throw new Error("the decision failed after notifying");
        }),
      ),
    ).rejects.toThrow("the decision failed after notifying");

    expect(await testDb().notification.count({ where: { userId: founder.user.id } })).toBe(0);
    const transport = memoryTransport();
    const report = await deliverImmediateEmails(jobContext(transport));
    expect(report.sent).toBe(0);
    expect(transport.sent).toEqual([]);

    // NOTIFY is delivered in commit order: had the rollback signalled, it would arrive first.
    const committed = new Promise<void>((resolve) => (nextSignal = resolve));
    await asOfficer(() => db.$transaction((tx) => notify(tx, { ...input, title: "second" })));
    await committed;
    expect(signals).toEqual([EMAIL_OUTBOX_CHANNEL]);
  });

  it("commits the notice once per recipient, queued for email, with the same return as before", async () => {
    const { founder, asOfficer, input } = await world();
    const count = await asOfficer(() => db.$transaction((tx) => notify(tx, input)));
    expect(count).toBe(1);
    const rows = await testDb().notification.findMany({ where: { userId: founder.user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: "DECISION",
      title: input.title,
      emailStatus: "PENDING",
      emailAttempts: 0,
      emailedAt: null,
      readAt: null,
    });
  });

  it("sends nothing and queues nothing for no recipients", async () => {
    const { asOfficer, input } = await world();
    const before = await testDb().notification.count();
    expect(
      await asOfficer(() => db.$transaction((tx) => notify(tx, { ...input, userIds: [] }))),
    ).toBe(0);
    expect(await testDb().notification.count()).toBe(before);
  });
});
