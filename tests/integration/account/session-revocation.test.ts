// The real session lookup, end to end: only next-auth's cookie decoding is replaced, so these
// tests show that the token a browser holds stops working after each account action.
import { describe, expect, it, vi } from "vitest";
import { changePassword } from "@/lib/actions/account/change-password";
import { signOutEverywhere } from "@/lib/actions/account/sign-out-everywhere";
import { getCurrentUser } from "@/lib/auth/session";
import { createMember, FACTORY_PASSWORD } from "../../factories/users";
import { createOperator } from "../../factories/organisations";
import { testDb } from "../../setup/test-database";

type Token = { user: { id: string; sessionVersion: number } };
const cookie = vi.hoisted(() => ({ token: null as Token | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => cookie.token }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

async function signedInMember() {
  const hkstp = await createOperator(testDb());
  const { user } = await createMember(testDb(), {
    organisationId: hkstp.id,
    role: "STARTUP_MEMBER",
  });
  // Two browsers: the one acting and a phone that signed in earlier with the same version.
  const laptop: Token = { user: { id: user.id, sessionVersion: user.sessionVersion } };
  const phone: Token = { user: { id: user.id, sessionVersion: user.sessionVersion } };
  cookie.token = laptop;
  expect(await getCurrentUser()).toMatchObject({ id: user.id });
  return { user, laptop, phone };
}

async function isSignedIn(token: Token): Promise<boolean> {
  cookie.token = token;
  return (await getCurrentUser()) !== null;
}

describe("account actions end every session", () => {
  it("sign out everywhere: neither the phone's nor this browser's token works afterwards", async () => {
    const { laptop, phone } = await signedInMember();
    expect((await signOutEverywhere()).serverError).toBeUndefined();
    expect(await isSignedIn(phone)).toBe(false);
    expect(await isSignedIn(laptop)).toBe(false);
  });

  it("password change: neither the phone's nor this browser's token works afterwards", async () => {
    const { laptop, phone } = await signedInMember();
    const newPassword = "victoria peak tram 88";
    const result = await changePassword({
      currentPassword: FACTORY_PASSWORD,
      newPassword,
      confirmPassword: newPassword,
    });
    expect(result.serverError).toBeUndefined();
    expect(await isSignedIn(phone)).toBe(false);
    expect(await isSignedIn(laptop)).toBe(false);
  });

  it("a stale token cannot call the action again", async () => {
    const { laptop } = await signedInMember();
    await signOutEverywhere();
    cookie.token = laptop;
    expect((await signOutEverywhere()).serverError).toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
