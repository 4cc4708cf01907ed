import { beforeEach, describe, expect, it, vi } from "vitest";
import { acceptInvitation } from "@/lib/actions/members/accept-invitation";
import { acceptInvitationAsNewUser } from "@/lib/actions/members/accept-invitation-as-new-user";
import { inviteCoFounder } from "@/lib/actions/startups/invite-co-founder";
import { revokeCoFounderInvitation } from "@/lib/actions/startups/revoke-co-founder-invitation";
import type { SessionUser } from "@/lib/auth/session";
import { listMembers } from "@/lib/data/members/list-members";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createOperator, createStartup } from "../../factories/organisations";
import { createInvitation, createMember, createUser } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const PASSWORD = "peak tram to the clouds";

async function startupWithFounder() {
  const startup = await createStartup(testDb(), { name: "Aberdeen Antibodies" });
  const founder = await createMember(testDb(), {
    organisationId: startup.id,
    role: "STARTUP_MEMBER",
  });
  return { startup, founder };
}

const tokenOf = (path: string) => path.split("/").at(-1)!;

describe("inviteCoFounder", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("invites a co-founder who signs up from the link and joins the team", async () => {
    const { startup, founder } = await startupWithFounder();
    auth.user = await sessionUserFor(founder.user.id);
    const invited = await inviteCoFounder({
      organisation: startup.slug,
      email: "Lam.Mei.Ling@Example.hk",
    });
    expect(invited.serverError).toBeUndefined();
    const invitation = await testDb().invitation.findUniqueOrThrow({
      where: { id: invited.data!.invitationId },
    });
    expect(invitation).toMatchObject({
      organisationId: startup.id,
      email: "lam.mei.ling@example.hk",
      role: "STARTUP_MEMBER",
      status: "PENDING",
      invitedById: founder.user.id,
    });
    const [event] = await auditEventsOf("startup_member.invite", founder.user.id);
    expect(event).toMatchObject({ organisationId: startup.id, targetId: invitation.id });

    auth.user = null;
    const accepted = await acceptInvitationAsNewUser({
      token: tokenOf(invited.data!.path),
      name: "Lam Mei Ling",
      password: PASSWORD,
      confirmPassword: PASSWORD,
    });
    expect(accepted.data).toEqual({
      organisationSlug: startup.slug,
      email: "lam.mei.ling@example.hk",
    });
    const team = await runWithTenant({ userId: founder.user.id, organisationId: startup.id }, () =>
      listMembers(startup.id),
    );
    expect(team.map((member) => [member.user.email, member.role, member.status]).sort()).toEqual(
      [
        [founder.user.email, "STARTUP_MEMBER", "ACTIVE"],
        ["lam.mei.ling@example.hk", "STARTUP_MEMBER", "ACTIVE"],
      ].sort(),
    );
  });

  it("lets someone who already has an account accept while signed in", async () => {
    const { startup, founder } = await startupWithFounder();
    const colleague = await createUser(testDb(), { email: "chow.tsz.hin@example.hk" });
    auth.user = await sessionUserFor(founder.user.id);
    const invited = await inviteCoFounder({ organisation: startup.slug, email: colleague.email });
    auth.user = await sessionUserFor(colleague.id);
    const accepted = await acceptInvitation({ token: tokenOf(invited.data!.path) });
    expect(accepted.serverError).toBeUndefined();
    const membership = await testDb().membership.findUniqueOrThrow({
      where: { organisationId_userId: { organisationId: startup.id, userId: colleague.id } },
    });
    expect(membership).toMatchObject({ role: "STARTUP_MEMBER", status: "ACTIVE" });
  });

  it("refuses a second live link to the same address and an existing member", async () => {
    const { startup, founder } = await startupWithFounder();
    auth.user = await sessionUserFor(founder.user.id);
    await inviteCoFounder({ organisation: startup.slug, email: "twice@example.hk" });
    const again = await inviteCoFounder({ organisation: startup.slug, email: "twice@example.hk" });
    expect(again.serverError).toMatchObject({ code: "CONFLICT" });
    const self = await inviteCoFounder({ organisation: startup.slug, email: founder.user.email });
    expect(self.serverError).toMatchObject({ code: "CONFLICT" });
    expect(await testDb().invitation.count({ where: { organisationId: startup.id } })).toBe(1);
  });

  it("is refused to another start-up's founder (404) and to an operator's people (403)", async () => {
    const { startup } = await startupWithFounder();
    const other = await startupWithFounder();
    auth.user = await sessionUserFor(other.founder.user.id);
    const foreign = await inviteCoFounder({ organisation: startup.slug, email: "x@example.hk" });
    expect(foreign.serverError).toMatchObject({ code: "NOT_FOUND" });

    const operator = await createOperator(testDb());
    const admin = await createMember(testDb(), {
      organisationId: operator.id,
      role: "OPERATOR_ADMIN",
    });
    auth.user = await sessionUserFor(admin.user.id);
    const wrongRole = await inviteCoFounder({ organisation: operator.slug, email: "y@example.hk" });
    expect(wrongRole.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await testDb().invitation.count({
        where: { organisationId: { in: [startup.id, operator.id] } },
      }),
    ).toBe(0);
  });
});

describe("revokeCoFounderInvitation", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("revokes the start-up's pending invitation and its link stops working", async () => {
    const { startup, founder } = await startupWithFounder();
    auth.user = await sessionUserFor(founder.user.id);
    const invited = await inviteCoFounder({ organisation: startup.slug, email: "late@example.hk" });
    const revoked = await revokeCoFounderInvitation({
      organisation: startup.slug,
      invitationId: invited.data!.invitationId,
    });
    expect(revoked.serverError).toBeUndefined();
    expect(
      await testDb().invitation.findUniqueOrThrow({ where: { id: invited.data!.invitationId } }),
    ).toMatchObject({ status: "REVOKED" });
    auth.user = null;
    const accepted = await acceptInvitationAsNewUser({
      token: tokenOf(invited.data!.path),
      name: "Too Late",
      password: PASSWORD,
      confirmPassword: PASSWORD,
    });
    expect(accepted.serverError).toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers NOT_FOUND for another organisation's invitation and leaves it pending", async () => {
    const { startup, founder } = await startupWithFounder();
    const other = await startupWithFounder();
    const theirs = await createInvitation(testDb(), {
      organisationId: other.startup.id,
      invitedById: other.founder.user.id,
      role: "STARTUP_MEMBER",
    });
    auth.user = await sessionUserFor(founder.user.id);
    const result = await revokeCoFounderInvitation({
      organisation: startup.slug,
      invitationId: theirs.id,
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await testDb().invitation.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject(
      { status: "PENDING" },
    );
  });
});
