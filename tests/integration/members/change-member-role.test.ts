import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { changeMemberRole } from "@/lib/actions/members/change-member-role";
import { createMember } from "../../factories/users";
import { createOperator } from "../../factories/organisations";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "./session-user";

const auth = await vi.hoisted(async () => {
  const { AsyncLocalStorage } = await import("node:async_hooks");
  // `perCall` lets two concurrent calls act as two different admins.
  return { user: null as SessionUser | null, perCall: new AsyncLocalStorage<SessionUser>() };
});
vi.mock("@/lib/auth/session", () => ({
  getCurrentUser: async () => auth.perCall.getStore() ?? auth.user,
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

async function setUp() {
  const db = testDb();
  const hkstp = await createOperator(db);
  const cuhk = await createOperator(db);
  const admin = await createMember(db, { organisationId: hkstp.id, role: "OPERATOR_ADMIN" });
  const officer = await createMember(db, { organisationId: hkstp.id, role: "PROGRAMME_OFFICER" });
  const otherAdmin = await createMember(db, { organisationId: cuhk.id, role: "OPERATOR_ADMIN" });
  const otherOfficer = await createMember(db, {
    organisationId: cuhk.id,
    role: "PROGRAMME_OFFICER",
  });
  return { hkstp, cuhk, admin, officer, otherAdmin, otherOfficer };
}

async function readMember(membershipId: string) {
  return testDb().membership.findUniqueOrThrow({
    where: { id: membershipId },
    select: {
      role: true,
      status: true,
      updatedAt: true,
      user: { select: { sessionVersion: true } },
    },
  });
}

describe("changeMemberRole", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("lets an operator admin change a role, ends the member's sessions and audits before/after", async () => {
    const { hkstp, admin, officer } = await setUp();
    auth.user = await sessionUserFor(admin.user.id);
    const result = await changeMemberRole({
      organisation: hkstp.slug,
      membershipId: officer.membership.id,
      role: "MENTOR",
    });
    expect(result.serverError).toBeUndefined();
    const after = await readMember(officer.membership.id);
    expect(after.role).toBe("MENTOR");
    expect(after.user.sessionVersion).toBe(officer.user.sessionVersion + 1);
    const [event] = await auditEventsOf("member.change_role", admin.user.id);
    expect(event).toMatchObject({
      organisationId: hkstp.id,
      targetType: "Membership",
      targetId: officer.membership.id,
    });
    expect(event?.before).toEqual({ role: "PROGRAMME_OFFICER" });
    expect(event?.after).toEqual({ role: "MENTOR" });
  });

  it("will not let an admin demote themselves", async () => {
    const { hkstp, admin } = await setUp();
    auth.user = await sessionUserFor(admin.user.id);
    const result = await changeMemberRole({
      organisation: hkstp.slug,
      membershipId: admin.membership.id,
      role: "MENTOR",
    });
    expect(result.serverError).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("your own role"),
    });
    const after = await readMember(admin.membership.id);
    expect(after.role).toBe("OPERATOR_ADMIN");
    expect(after.user.sessionVersion).toBe(admin.user.sessionVersion);
  });

  it("refuses a role that an operator has no use for", async () => {
    const { hkstp, admin, officer } = await setUp();
    auth.user = await sessionUserFor(admin.user.id);
    const result = await changeMemberRole({
      organisation: hkstp.slug,
      membershipId: officer.membership.id,
      role: "PARTNER_MEMBER",
    });
    expect(result.serverError).toMatchObject({ code: "INVALID" });
    expect((await readMember(officer.membership.id)).role).toBe("PROGRAMME_OFFICER");
  });

  it("refuses a programme officer with FORBIDDEN: no row changes, a denial is recorded", async () => {
    const { hkstp, admin, officer } = await setUp();
    auth.user = await sessionUserFor(officer.user.id);
    const before = await readMember(admin.membership.id);
    const result = await changeMemberRole({
      organisation: hkstp.slug,
      membershipId: admin.membership.id,
      role: "MENTOR",
    });
    expect(result.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(await readMember(admin.membership.id)).toEqual(before);
    const [denial] = await auditEventsOf("access.denied", officer.user.id);
    expect(denial).toMatchObject({ organisationId: hkstp.id });
    expect(denial?.after).toMatchObject({ permission: "member.change_role" });
  });

  it("answers NOT_FOUND for another organisation's membership, by slug or by id, and changes nothing", async () => {
    const { hkstp, cuhk, admin, otherOfficer } = await setUp();
    auth.user = await sessionUserFor(admin.user.id);
    const before = await readMember(otherOfficer.membership.id);

    const byId = await changeMemberRole({
      organisation: hkstp.slug,
      membershipId: otherOfficer.membership.id,
      role: "MENTOR",
    });
    expect(byId.serverError).toMatchObject({ code: "NOT_FOUND" });
    const bySlug = await changeMemberRole({
      organisation: cuhk.slug,
      membershipId: otherOfficer.membership.id,
      role: "MENTOR",
    });
    expect(bySlug.serverError).toMatchObject({ code: "NOT_FOUND" });

    expect(await readMember(otherOfficer.membership.id)).toEqual(before);
    expect(await auditEventsOf("member.change_role", admin.user.id)).toHaveLength(0);
  });

  it("does not let two admins demote each other at once: one of them stays admin", async () => {
    const { hkstp, admin } = await setUp();
    const second = await createMember(testDb(), {
      organisationId: hkstp.id,
      role: "OPERATOR_ADMIN",
    });
    const firstSession = await sessionUserFor(admin.user.id);
    const secondSession = await sessionUserFor(second.user.id);

    // Both sessions still say OPERATOR_ADMIN; only the lock and re-check in the transaction
    // can notice that the other admin got there first.
    const results = await Promise.all([
      auth.perCall.run(firstSession, () =>
        changeMemberRole({
          organisation: hkstp.slug,
          membershipId: second.membership.id,
          role: "MENTOR",
        }),
      ),
      auth.perCall.run(secondSession, () =>
        changeMemberRole({
          organisation: hkstp.slug,
          membershipId: admin.membership.id,
          role: "MENTOR",
        }),
      ),
    ]);

    expect(results.filter((result) => result.serverError === undefined)).toHaveLength(1);
    expect(results.map((result) => result.serverError?.message)).toContain(
      "Your role does not allow this action.",
    );
    const admins = await testDb().membership.count({
      where: { organisationId: hkstp.id, role: "OPERATOR_ADMIN", status: "ACTIVE" },
    });
    expect(admins).toBe(1);
  });
});
