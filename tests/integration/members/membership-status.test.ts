import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { deactivateMembership } from "@/lib/actions/members/deactivate-membership";
import { reactivateMembership } from "@/lib/actions/members/reactivate-membership";
import { createMember } from "../../factories/users";
import { createOperator } from "../../factories/organisations";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "./session-user";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

async function setUp() {
  const db = testDb();
  const hkstp = await createOperator(db);
  const cuhk = await createOperator(db);
  const admin = await createMember(db, { organisationId: hkstp.id, role: "OPERATOR_ADMIN" });
  const officer = await createMember(db, { organisationId: hkstp.id, role: "PROGRAMME_OFFICER" });
  const finance = await createMember(db, { organisationId: hkstp.id, role: "FINANCE_APPROVER" });
  const otherAdmin = await createMember(db, { organisationId: cuhk.id, role: "OPERATOR_ADMIN" });
  return { hkstp, cuhk, admin, officer, finance, otherAdmin };
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

describe("deactivateMembership", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("lets an operator admin deactivate a member, ends their sessions and audits", async () => {
    const { hkstp, admin, officer } = await setUp();
    auth.user = await sessionUserFor(admin.user.id);
    const result = await deactivateMembership({
      organisation: hkstp.slug,
      membershipId: officer.membership.id,
    });
    expect(result.serverError).toBeUndefined();
    const after = await readMember(officer.membership.id);
    expect(after).toMatchObject({ status: "DEACTIVATED", role: "PROGRAMME_OFFICER" });
    expect(after.user.sessionVersion).toBe(officer.user.sessionVersion + 1);
    const [event] = await auditEventsOf("member.deactivate", admin.user.id);
    expect(event).toMatchObject({
      organisationId: hkstp.id,
      targetType: "Membership",
      targetId: officer.membership.id,
    });
    expect(event?.after).toEqual({ status: "DEACTIVATED" });
  });

  it("will not let an admin deactivate themselves", async () => {
    const { hkstp, admin } = await setUp();
    auth.user = await sessionUserFor(admin.user.id);
    const before = await readMember(admin.membership.id);
    const result = await deactivateMembership({
      organisation: hkstp.slug,
      membershipId: admin.membership.id,
    });
    expect(result.serverError).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("deactivate yourself"),
    });
    expect(await readMember(admin.membership.id)).toEqual(before);
  });

  it("says so when the member is already deactivated", async () => {
    const { hkstp, admin, officer } = await setUp();
    await testDb().membership.update({
      where: { id: officer.membership.id },
      data: { status: "DEACTIVATED" },
    });
    auth.user = await sessionUserFor(admin.user.id);
    const result = await deactivateMembership({
      organisation: hkstp.slug,
      membershipId: officer.membership.id,
    });
    expect(result.serverError).toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a finance approver with FORBIDDEN: no row changes, a denial is recorded", async () => {
    const { hkstp, officer, finance } = await setUp();
    auth.user = await sessionUserFor(finance.user.id);
    const before = await readMember(officer.membership.id);
    const result = await deactivateMembership({
      organisation: hkstp.slug,
      membershipId: officer.membership.id,
    });
    expect(result.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(await readMember(officer.membership.id)).toEqual(before);
    expect(await auditEventsOf("access.denied", finance.user.id)).toHaveLength(1);
  });

  it("answers NOT_FOUND to another organisation's admin, by slug or by id, and changes nothing", async () => {
    const { hkstp, cuhk, officer, otherAdmin } = await setUp();
    auth.user = await sessionUserFor(otherAdmin.user.id);
    const before = await readMember(officer.membership.id);
    const bySlug = await deactivateMembership({
      organisation: hkstp.slug,
      membershipId: officer.membership.id,
    });
    const byId = await deactivateMembership({
      organisation: cuhk.slug,
      membershipId: officer.membership.id,
    });
    expect(bySlug.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(byId.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await readMember(officer.membership.id)).toEqual(before);
  });
});

describe("reactivateMembership", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("lets an operator admin bring a deactivated member back with the same role", async () => {
    const { hkstp, admin, officer } = await setUp();
    await testDb().membership.update({
      where: { id: officer.membership.id },
      data: { status: "DEACTIVATED" },
    });
    auth.user = await sessionUserFor(admin.user.id);
    const result = await reactivateMembership({
      organisation: hkstp.slug,
      membershipId: officer.membership.id,
    });
    expect(result.serverError).toBeUndefined();
    expect(await readMember(officer.membership.id)).toMatchObject({
      status: "ACTIVE",
      role: "PROGRAMME_OFFICER",
    });
    const [event] = await auditEventsOf("member.reactivate", admin.user.id);
    expect(event).toMatchObject({ organisationId: hkstp.id, targetId: officer.membership.id });
    expect(event?.before).toEqual({ status: "DEACTIVATED" });
  });

  it("says so when the member is already active", async () => {
    const { hkstp, admin, officer } = await setUp();
    auth.user = await sessionUserFor(admin.user.id);
    const result = await reactivateMembership({
      organisation: hkstp.slug,
      membershipId: officer.membership.id,
    });
    expect(result.serverError).toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a programme officer with FORBIDDEN and another organisation's admin with NOT_FOUND", async () => {
    const { hkstp, cuhk, officer, finance, otherAdmin } = await setUp();
    await testDb().membership.update({
      where: { id: finance.membership.id },
      data: { status: "DEACTIVATED" },
    });
    const before = await readMember(finance.membership.id);

    auth.user = await sessionUserFor(officer.user.id);
    const forbidden = await reactivateMembership({
      organisation: hkstp.slug,
      membershipId: finance.membership.id,
    });
    expect(forbidden.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(await auditEventsOf("access.denied", officer.user.id)).toHaveLength(1);

    auth.user = await sessionUserFor(otherAdmin.user.id);
    const bySlug = await reactivateMembership({
      organisation: hkstp.slug,
      membershipId: finance.membership.id,
    });
    const byId = await reactivateMembership({
      organisation: cuhk.slug,
      membershipId: finance.membership.id,
    });
    expect(bySlug.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(byId.serverError).toMatchObject({ code: "NOT_FOUND" });

    expect(await readMember(finance.membership.id)).toEqual(before);
  });
});
