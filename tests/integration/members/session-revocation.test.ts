// The real session lookup, end to end: only next-auth's cookie decoding is replaced, so these
// tests show that a role change or a deactivation makes the member's existing token worthless.
import { describe, expect, it, vi } from "vitest";
import { changeMemberRole } from "@/lib/actions/members/change-member-role";
import { deactivateMembership } from "@/lib/actions/members/deactivate-membership";
import { getCurrentUser } from "@/lib/auth/session";
import { createMember } from "../../factories/users";
import { createOperator } from "../../factories/organisations";
import { testDb } from "../../setup/test-database";

type Token = { user: { id: string; sessionVersion: number } };
const cookie = vi.hoisted(() => ({ token: null as Token | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => cookie.token }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

/** The token a sign-in would have issued to this user right now. */
async function tokenOf(userId: string): Promise<Token> {
  const { sessionVersion } = await testDb().user.findUniqueOrThrow({
    where: { id: userId },
    select: { sessionVersion: true },
  });
  return { user: { id: userId, sessionVersion } };
}

async function setUp() {
  const hkstp = await createOperator(testDb());
  const admin = await createMember(testDb(), { organisationId: hkstp.id, role: "OPERATOR_ADMIN" });
  const officer = await createMember(testDb(), {
    organisationId: hkstp.id,
    role: "PROGRAMME_OFFICER",
  });
  const officerToken = await tokenOf(officer.user.id);
  cookie.token = officerToken;
  expect(await getCurrentUser()).toMatchObject({ id: officer.user.id });
  return { hkstp, admin, officer, officerToken };
}

describe("ending a member's sessions", () => {
  it("a role change makes the member's current token sign nobody in", async () => {
    const { hkstp, admin, officer, officerToken } = await setUp();
    cookie.token = await tokenOf(admin.user.id);
    const result = await changeMemberRole({
      organisation: hkstp.slug,
      membershipId: officer.membership.id,
      role: "MENTOR",
    });
    expect(result.serverError).toBeUndefined();

    cookie.token = officerToken;
    expect(await getCurrentUser()).toBeNull();
    cookie.token = await tokenOf(officer.user.id); // signing in again works, with the new role
    expect((await getCurrentUser())?.memberships).toEqual([
      expect.objectContaining({ role: "MENTOR" }),
    ]);
  });

  it("a deactivation makes the member's current token sign nobody in", async () => {
    const { hkstp, admin, officer, officerToken } = await setUp();
    cookie.token = await tokenOf(admin.user.id);
    const result = await deactivateMembership({
      organisation: hkstp.slug,
      membershipId: officer.membership.id,
    });
    expect(result.serverError).toBeUndefined();

    cookie.token = officerToken;
    expect(await getCurrentUser()).toBeNull();
    cookie.token = await tokenOf(officer.user.id); // a new sign-in has no membership here any more
    expect((await getCurrentUser())?.memberships).toEqual([]);
  });

  it("the acting admin's own session carries on", async () => {
    const { hkstp, admin, officer } = await setUp();
    const adminToken = await tokenOf(admin.user.id);
    cookie.token = adminToken;
    await deactivateMembership({ organisation: hkstp.slug, membershipId: officer.membership.id });
    expect(await getCurrentUser()).toMatchObject({ id: admin.user.id });
  });
});
