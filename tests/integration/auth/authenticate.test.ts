import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { testDb } from "../../setup/test-database";

async function createUser(email: string, password: string, deactivated = false) {
  return testDb().user.create({
    data: {
      email,
      name: "Chan Tai Man",
      passwordHash: await hashPassword(password),
      deactivatedAt: deactivated ? new Date() : null,
    },
  });
}

describe("authenticate", () => {
  it("returns the user for the right email and password, and records the sign-in", async () => {
    const user = await createUser("founder@example.hk", "correct horse battery staple");
    const result = await authenticate("Founder@Example.hk ", "correct horse battery staple");
    expect(result).toMatchObject({ id: user.id, email: "founder@example.hk", sessionVersion: 0 });
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastSignInAt).not.toBeNull();
  });

  it("returns null for a wrong password and leaves the user untouched", async () => {
    const user = await createUser("officer@example.hk", "the right one");
    expect(await authenticate("officer@example.hk", "the wrong one")).toBeNull();
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastSignInAt).toBeNull();
  });

  it("returns null for an unknown email", async () => {
    expect(await authenticate("nobody@example.hk", "anything at all")).toBeNull();
  });

  it("returns null for a deactivated user even with the right password", async () => {
    await createUser("gone@example.hk", "still the right one", true);
    expect(await authenticate("gone@example.hk", "still the right one")).toBeNull();
  });

  it("never returns the password hash", async () => {
    await createUser("mentor@example.hk", "mentoring matters");
    const result = await authenticate("mentor@example.hk", "mentoring matters");
    expect(result).not.toBeNull();
    expect(Object.keys(result ?? {})).not.toContain("passwordHash");
  });
});
