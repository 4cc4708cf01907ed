import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { changePassword } from "@/lib/actions/account/change-password";
import { verifyPassword } from "@/lib/auth/password";
import { createMember, createUser, FACTORY_PASSWORD } from "../../factories/users";
import { createOperator } from "../../factories/organisations";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";

// These tests run as if behind one trusted reverse proxy, which reports the client address.
vi.stubEnv("TRUSTED_PROXY_HOPS", "1");

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "user-agent": "vitest", "x-forwarded-for": "198.51.100.23" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const NEW_PASSWORD = "lantau ferry at dawn 9";

async function readAccount(userId: string) {
  return testDb().user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true, sessionVersion: true, updatedAt: true },
  });
}

async function setUp() {
  const hkstp = await createOperator(testDb());
  const { user } = await createMember(testDb(), {
    organisationId: hkstp.id,
    role: "PROGRAMME_OFFICER",
  });
  const bystander = await createUser(testDb());
  auth.user = await sessionUserFor(user.id);
  return { user, bystander };
}

describe("changePassword", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("changes the password, ends every session of the user and audits without the hash", async () => {
    const { user, bystander } = await setUp();
    const bystanderBefore = await readAccount(bystander.id);
    const result = await changePassword({
      currentPassword: FACTORY_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(result).toEqual({ data: { isSignedOutEverywhere: true } });

    const account = await readAccount(user.id);
    expect(await verifyPassword(account.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(account.passwordHash, FACTORY_PASSWORD)).toBe(false);
    expect(account.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await readAccount(bystander.id)).toEqual(bystanderBefore);

    const [event] = await auditEventsOf("account.password_change", user.id);
    expect(event).toMatchObject({
      organisationId: null,
      targetType: "User",
      targetId: user.id,
      ipAddress: "198.51.100.23",
    });
    expect(JSON.stringify(event)).not.toContain(account.passwordHash);
  });

  it("refuses a wrong current password, changes nothing and counts the failure", async () => {
    const { user } = await setUp();
    const before = await readAccount(user.id);
    const result = await changePassword({
      currentPassword: "not my password",
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(result.serverError).toEqual({
      code: "INVALID",
      message: "Your current password is not correct.",
    });
    expect(await readAccount(user.id)).toEqual(before);
    const throttle = await testDb().loginThrottle.findUnique({
      where: { key: `account:${user.email}` },
    });
    expect(throttle?.failures).toBe(1);
    expect(await auditEventsOf("account.password_change", user.id)).toHaveLength(0);
  });

  it("applies the password rules, with the user's own email", async () => {
    const { user } = await setUp();
    const before = await readAccount(user.id);
    const localPart = user.email.split("@")[0] ?? "";
    const withEmail = `${localPart}-is-my-password`;
    const rules = await changePassword({
      currentPassword: FACTORY_PASSWORD,
      newPassword: withEmail,
      confirmPassword: withEmail,
    });
    expect(rules.serverError).toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("email"),
    });
    const short = await changePassword({
      currentPassword: FACTORY_PASSWORD,
      newPassword: "short",
      confirmPassword: "short",
    });
    expect(short.validationErrors).toBeDefined();
    const mismatch = await changePassword({
      currentPassword: FACTORY_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: "something else",
    });
    expect(mismatch.validationErrors).toBeDefined();
    expect(await readAccount(user.id)).toEqual(before);
  });

  it("stops after too many wrong current passwords, even with the right one", async () => {
    const { user } = await setUp();
    await testDb().loginThrottle.create({ data: { key: `account:${user.email}`, failures: 10 } });
    const result = await changePassword({
      currentPassword: FACTORY_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(result.serverError).toMatchObject({ code: "RATE_LIMITED" });
    expect((await readAccount(user.id)).sessionVersion).toBe(user.sessionVersion);
  });

  it("needs a session", async () => {
    const result = await changePassword({
      currentPassword: FACTORY_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(result.serverError).toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
