import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { signOutEverywhere } from "@/lib/actions/account/sign-out-everywhere";
import { createMember, createUser } from "../../factories/users";
import { createOperator } from "../../factories/organisations";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const sessionVersionOf = async (userId: string) =>
  (
    await testDb().user.findUniqueOrThrow({
      where: { id: userId },
      select: { sessionVersion: true },
    })
  ).sessionVersion;

describe("signOutEverywhere", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("bumps only the caller's session version and audits it", async () => {
    const hkstp = await createOperator(testDb());
    const { user } = await createMember(testDb(), { organisationId: hkstp.id, role: "MENTOR" });
    const bystander = await createUser(testDb());
    auth.user = await sessionUserFor(user.id);

    const result = await signOutEverywhere();
    expect(result).toEqual({ data: { isSignedOutEverywhere: true } });
    expect(await sessionVersionOf(user.id)).toBe(user.sessionVersion + 1);
    expect(await sessionVersionOf(bystander.id)).toBe(bystander.sessionVersion);
    const [event] = await auditEventsOf("account.sign_out_everywhere", user.id);
    expect(event).toMatchObject({ organisationId: null, targetType: "User", targetId: user.id });
    expect(event?.after).toEqual({ sessionVersion: user.sessionVersion + 1 });
  });

  it("works for a user with no organisation at all", async () => {
    const loner = await createUser(testDb());
    auth.user = await sessionUserFor(loner.id);
    expect((await signOutEverywhere()).serverError).toBeUndefined();
    expect(await sessionVersionOf(loner.id)).toBe(1);
  });

  it("needs a session and then changes nothing", async () => {
    const user = await createUser(testDb());
    const result = await signOutEverywhere();
    expect(result.serverError).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await sessionVersionOf(user.id)).toBe(0);
  });
});
