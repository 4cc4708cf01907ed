import { describe, expect, it } from "vitest";
import { countUnreadNotifications } from "@/lib/data/notifications/count-unread-notifications";
import { listInbox } from "@/lib/data/notifications/list-inbox";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createNotification } from "../../factories/notifications";
import { createUser } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { asTenant, attempt, visibleIds } from "../rls/app-role";

async function twoUsers() {
  const alice = await createUser(testDb());
  const bob = await createUser(testDb());
  const aliceNotice = await createNotification(testDb(), { userId: alice.id });
  const bobNotice = await createNotification(testDb(), { userId: bob.id, kind: "DECISION" });
  await testDb().notificationPreference.create({
    data: { userId: bob.id, kind: "DECISION", email: "OFF" },
  });
  const bobDigest = await testDb().notificationDigest.create({
    data: { userId: bob.id, digestDate: new Date("2026-11-23T00:00:00Z") },
  });
  return { alice, bob, aliceNotice, bobNotice, bobDigest };
}

describe("row-level security on notices, preferences and digests (SQL as the app role)", () => {
  it("a user sees and marks only their own notices", async () => {
    const { alice, aliceNotice, bobNotice } = await twoUsers();
    await asTenant({ userId: alice.id }, async (client) => {
      const visible = await visibleIds(client, "Notification");
      expect(visible).toContain(aliceNotice.id);
      expect(visible).not.toContain(bobNotice.id);
      const marked = await attempt(
        client,
        `update "Notification" set "readAt" = now() where id = $1`,
        [bobNotice.id],
      );
      expect(marked).toEqual({ rowCount: 0, error: null });
      const deleted = await attempt(client, `delete from "Notification" where id = $1`, [
        bobNotice.id,
      ]);
      expect(deleted).toEqual({ rowCount: 0, error: null });
    });
    expect(
      (await testDb().notification.findUniqueOrThrow({ where: { id: bobNotice.id } })).readAt,
    ).toBeNull();
  });

  it("the app role cannot touch the email outbox columns, even of its own notices", async () => {
    const { alice, aliceNotice } = await twoUsers();
    await asTenant({ userId: alice.id }, async (client) => {
      const requeue = await attempt(
        client,
        `update "Notification" set "emailStatus" = 'SENT', "emailedAt" = now() where id = $1`,
        [aliceNotice.id],
      );
      expect(requeue.error?.code).toBe("42501");
      const read = await attempt(
        client,
        `update "Notification" set "readAt" = now(), "updatedAt" = now() where id = $1`,
        [aliceNotice.id],
      );
      expect(read).toEqual({ rowCount: 1, error: null });
    });
  });

  it("preferences and digests are private to their user; only the worker writes digests", async () => {
    const { alice, bob, bobDigest } = await twoUsers();
    await asTenant({ userId: alice.id }, async (client) => {
      expect(await visibleIds(client, "NotificationPreference")).toEqual([]);
      expect(await visibleIds(client, "NotificationDigest")).not.toContain(bobDigest.id);
      const forBob = await attempt(
        client,
        `insert into "NotificationPreference" (id, "userId", kind, email, "updatedAt")
         values ('p1', $1, 'DECISION', 'IMMEDIATE', now())`,
        [bob.id],
      );
      expect(forBob.error?.code).toBe("42501");
      const own = await attempt(
        client,
        `insert into "NotificationPreference" (id, "userId", kind, email, "updatedAt")
         values ('p2', $1, 'DECISION', 'OFF', now())`,
        [alice.id],
      );
      expect(own).toEqual({ rowCount: 1, error: null });
      const digest = await attempt(
        client,
        `insert into "NotificationDigest" (id, "userId", "digestDate", "updatedAt")
         values ('d1', $1, '2026-11-24', now())`,
        [alice.id],
      );
      expect(digest.error?.code).toBe("42501");
    });
    await asTenant({ userId: bob.id }, async (client) => {
      expect(await visibleIds(client, "NotificationDigest")).toEqual([bobDigest.id]);
    });
  });

  it("with no user set, nothing is visible", async () => {
    await twoUsers();
    await asTenant(null, async (client) => {
      expect(await visibleIds(client, "Notification")).toEqual([]);
      expect(await visibleIds(client, "NotificationPreference")).toEqual([]);
      expect(await visibleIds(client, "NotificationDigest")).toEqual([]);
    });
  });
});

describe("listInbox", () => {
  it("pages through the user's own notices newest first with a cursor, no duplicates, no gaps", async () => {
    const user = await createUser(testDb());
    const base = Date.parse("2026-11-20T00:00:00Z");
    for (let index = 0; index < 25; index++) {
      await createNotification(testDb(), {
        userId: user.id,
        title: `Notice ${index}`,
        createdAt: new Date(base + index * 60_000),
        readAt: index % 2 === 0 ? new Date(base + index * 60_000 + 1) : null,
      });
    }
    const asUser = <T>(fn: () => Promise<T>) =>
      runWithTenant({ userId: user.id, organisationId: null }, fn);

    const first = await asUser(() => listInbox({ userId: user.id }));
    expect(first.items).toHaveLength(20);
    expect(first.items[0]?.title).toBe("Notice 24");
    expect(first.nextCursor).toBe(first.items[19]?.id);
    const second = await asUser(() => listInbox({ userId: user.id, after: first.nextCursor }));
    expect(second.items.map((item) => item.title)).toEqual([
      "Notice 4",
      "Notice 3",
      "Notice 2",
      "Notice 1",
      "Notice 0",
    ]);
    expect(second.nextCursor).toBeNull();

    const unread = await asUser(() => listInbox({ userId: user.id, filter: "unread" }));
    expect(unread.items).toHaveLength(12);
    expect(unread.items.every((item) => item.readAt === null)).toBe(true);
    expect(await asUser(() => countUnreadNotifications(user.id))).toBe(12);
  });

  it("shows nothing of another user's, whatever the ids passed", async () => {
    const { alice, bob, bobNotice } = await twoUsers();
    const asAlice = <T>(fn: () => Promise<T>) =>
      runWithTenant({ userId: alice.id, organisationId: null }, fn);
    expect((await asAlice(() => listInbox({ userId: bob.id }))).items).toEqual([]);
    expect(
      (await asAlice(() => listInbox({ userId: alice.id, after: bobNotice.id }))).items,
    ).toEqual([]);
    expect(await asAlice(() => countUnreadNotifications(bob.id))).toBe(0);
  });
});
