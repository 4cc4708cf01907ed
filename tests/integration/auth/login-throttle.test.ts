import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { LOGIN_LIMITS, recordSignInFailure } from "@/lib/auth/login-throttle";
import { hashPassword } from "@/lib/auth/password";
import { testDb } from "../../setup/test-database";

async function createUser(email: string, password: string) {
  return testDb().user.create({
    data: { email, name: "Lee Ka Yan", passwordHash: await hashPassword(password) },
  });
}

describe("sign-in throttling", () => {
  it("refuses the 11th attempt on an account, even with the right password", async () => {
    await createUser("target@example.hk", "the real password");
    for (let attempt = 1; attempt <= LOGIN_LIMITS.account; attempt++) {
      expect(await authenticate("target@example.hk", `guess ${attempt}`, "203.0.113.7")).toBeNull();
    }
    await expect(
      authenticate("target@example.hk", "the real password", "198.51.100.1"),
    ).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    const row = await testDb().loginThrottle.findUniqueOrThrow({
      where: { key: "account:target@example.hk" },
    });
    expect(row.failures).toBe(LOGIN_LIMITS.account);
  });

  it("leaves other accounts alone", async () => {
    await createUser("other@example.hk", "another password");
    for (let attempt = 1; attempt <= LOGIN_LIMITS.account; attempt++) {
      await recordSignInFailure("someone-else@example.hk", null);
    }
    expect(await authenticate("other@example.hk", "another password", null)).toMatchObject({
      email: "other@example.hk",
    });
  });

  it("counts every failure when many arrive at once (shared across app instances)", async () => {
    await Promise.all(
      Array.from({ length: 20 }, () => recordSignInFailure("burst@example.hk", "192.0.2.9")),
    );
    const account = await testDb().loginThrottle.findUniqueOrThrow({
      where: { key: "account:burst@example.hk" },
    });
    const address = await testDb().loginThrottle.findUniqueOrThrow({
      where: { key: "ip:192.0.2.9" },
    });
    expect(account.failures).toBe(20);
    expect(address.failures).toBe(20);
  });

  it("refuses an address that failed across many accounts", async () => {
    for (let attempt = 0; attempt < LOGIN_LIMITS.address; attempt++) {
      await recordSignInFailure(`spray-${attempt}@example.hk`, "192.0.2.50");
    }
    await createUser("victim@example.hk", "victim password");
    await expect(
      authenticate("victim@example.hk", "victim password", "192.0.2.50"),
    ).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });

  it("clears the account counter after a successful sign-in", async () => {
    await createUser("forgetful@example.hk", "finally remembered");
    await authenticate("forgetful@example.hk", "wrong", null);
    await authenticate("forgetful@example.hk", "finally remembered", null);
    const row = await testDb().loginThrottle.findUnique({
      where: { key: "account:forgetful@example.hk" },
    });
    expect(row).toBeNull();
  });
});
