import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { markAllNotificationsRead } from "@/lib/actions/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/actions/notifications/mark-notification-read";
import { updateNotificationPreferences } from "@/lib/actions/notifications/update-preferences";
import { DEFAULT_EMAIL_FREQUENCY } from "@/lib/notifications/preferences";
import { createNotification } from "../../factories/notifications";
import { createUser } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const readAtOf = async (id: string) =>
  (await testDb().notification.findUniqueOrThrow({ where: { id } })).readAt;

beforeEach(() => {
  auth.user = null;
});

describe("markNotificationRead", () => {
  it("marks one's own notice read, and a second time changes nothing", async () => {
    const user = await createUser(testDb());
    const notice = await createNotification(testDb(), { userId: user.id });
    auth.user = await sessionUserFor(user.id);

    const first = await markNotificationRead({ notificationId: notice.id });
    expect(first.serverError).toBeUndefined();
    const readAt = await readAtOf(notice.id);
    expect(readAt).toBeInstanceOf(Date);
    const second = await markNotificationRead({ notificationId: notice.id });
    expect(second.data?.readAt).toBe(readAt?.toISOString());
    expect(await readAtOf(notice.id)).toEqual(readAt);
  });

  it("refuses someone else's notice as not found, leaves it unread and records the refusal", async () => {
    const alice = await createUser(testDb());
    const bob = await createUser(testDb());
    const bobNotice = await createNotification(testDb(), { userId: bob.id });
    auth.user = await sessionUserFor(alice.id);

    const result = await markNotificationRead({ notificationId: bobNotice.id });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await readAtOf(bobNotice.id)).toBeNull();
    expect(await auditEventsOf("access.denied", alice.id)).toHaveLength(1);
  });

  it("needs a session", async () => {
    const notice = await createNotification(testDb());
    const result = await markNotificationRead({ notificationId: notice.id });
    expect(result.serverError).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await readAtOf(notice.id)).toBeNull();
  });
});

describe("markAllNotificationsRead", () => {
  it("marks every unread notice of the caller and no one else's", async () => {
    const alice = await createUser(testDb());
    const bob = await createUser(testDb());
    const mine = await Promise.all(
      [1, 2, 3].map(() => createNotification(testDb(), { userId: alice.id })),
    );
    const theirs = await createNotification(testDb(), { userId: bob.id });
    auth.user = await sessionUserFor(alice.id);

    const result = await markAllNotificationsRead({});
    expect(result.data).toEqual({ marked: 3 });
    for (const notice of mine) expect(await readAtOf(notice.id)).toBeInstanceOf(Date);
    expect(await readAtOf(theirs.id)).toBeNull();
  });
});

describe("updateNotificationPreferences", () => {
  const allDefaults = () => ({ ...DEFAULT_EMAIL_FREQUENCY });

  it("stores only the choices that differ from the defaults, and audits the change", async () => {
    const user = await createUser(testDb());
    auth.user = await sessionUserFor(user.id);

    const result = await updateNotificationPreferences({
      email: {
        ...allDefaults(),
        DECISION: "DAILY_DIGEST",
        COACHING: "OFF",
        MILESTONE: "IMMEDIATE",
      },
    });
    expect(result.serverError).toBeUndefined();
    const stored = await testDb().notificationPreference.findMany({
      where: { userId: user.id },
      orderBy: { kind: "asc" },
      select: { kind: true, email: true },
    });
    expect(stored).toEqual([
      { kind: "DECISION", email: "DAILY_DIGEST" },
      { kind: "MILESTONE", email: "IMMEDIATE" },
      { kind: "COACHING", email: "OFF" },
    ]);
    const [event] = await auditEventsOf("account.notification_preferences", user.id);
    expect(event).toMatchObject({ organisationId: null, targetType: "User", targetId: user.id });
    expect(event?.after).toEqual({
      DECISION: "DAILY_DIGEST",
      MILESTONE: "IMMEDIATE",
      COACHING: "OFF",
    });

    // Back to the defaults: nothing stored.
    await updateNotificationPreferences({ email: allDefaults() });
    expect(await testDb().notificationPreference.count({ where: { userId: user.id } })).toBe(0);
  });

  it.each([
    ["an unknown frequency", { ...DEFAULT_EMAIL_FREQUENCY, DECISION: "WEEKLY" }],
    ["an unknown kind", { ...DEFAULT_EMAIL_FREQUENCY, NEWSLETTER: "OFF" }],
    ["a missing kind", { DECISION: "OFF" }],
  ])("rejects %s and stores nothing", async (_case, email) => {
    const user = await createUser(testDb());
    auth.user = await sessionUserFor(user.id);
    const result = await updateNotificationPreferences({ email } as never);
    expect(result.validationErrors).toBeDefined();
    expect(await testDb().notificationPreference.count({ where: { userId: user.id } })).toBe(0);
    expect(await auditEventsOf("account.notification_preferences", user.id)).toEqual([]);
  });

  it("changes only the caller's own preferences", async () => {
    const alice = await createUser(testDb());
    const bob = await createUser(testDb());
    await testDb().notificationPreference.create({
      data: { userId: bob.id, kind: "SYSTEM", email: "OFF" },
    });
    auth.user = await sessionUserFor(alice.id);
    await updateNotificationPreferences({ email: { ...allDefaults(), SYSTEM: "IMMEDIATE" } });
    expect(
      await testDb().notificationPreference.findMany({
        where: { userId: bob.id },
        select: { kind: true, email: true },
      }),
    ).toEqual([{ kind: "SYSTEM", email: "OFF" }]);
  });
});
