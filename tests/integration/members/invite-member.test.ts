import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { inviteMember } from "@/lib/actions/members/invite-member";
import { hashInvitationToken } from "@/lib/domain/invitations";
import { createInvitation, createMember } from "../../factories/users";
import { createOperator } from "../../factories/organisations";
import { daysFrom } from "../../factories/sequence";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "./session-user";

// These tests run as if behind one trusted reverse proxy, which reports the client address.
vi.stubEnv("TRUSTED_PROXY_HOPS", "1");

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({
      "user-agent": "vitest",
      "x-forwarded-for": "203.0.113.7",
      origin: "http://incubase.test",
    }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

async function setUp() {
  const db = testDb();
  const hkstp = await createOperator(db, { name: "Hong Kong Science and Technology Parks" });
  const cuhk = await createOperator(db, { name: "CUHK Biotech Incubator" });
  const admin = await createMember(db, { organisationId: hkstp.id, role: "OPERATOR_ADMIN" });
  const officer = await createMember(db, { organisationId: hkstp.id, role: "PROGRAMME_OFFICER" });
  const otherAdmin = await createMember(db, { organisationId: cuhk.id, role: "OPERATOR_ADMIN" });
  return { hkstp, cuhk, admin, officer, otherAdmin };
}

describe("inviteMember", () => {
  beforeEach(() => {
    auth.user = null;
    vi.spyOn(console, "log").mockImplementation(() => {});
  });

  it("lets an operator admin invite: stores only the token's hash, expires in 7 days, audits", async () => {
    const { hkstp, admin } = await setUp();
    auth.user = await sessionUserFor(admin.user.id);
    const before = Date.now();

    const result = await inviteMember({
      organisation: hkstp.slug,
      email: " Mei.Ling@Example.HK ",
      role: "MENTOR",
    });

    expect(result.serverError).toBeUndefined();
    const token = result.data?.path.replace("/invitations/", "") ?? "";
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const invitation = await testDb().invitation.findUniqueOrThrow({
      where: { id: result.data?.invitationId },
    });
    expect(invitation).toMatchObject({
      organisationId: hkstp.id,
      email: "mei.ling@example.hk",
      role: "MENTOR",
      status: "PENDING",
      invitedById: admin.user.id,
      tokenHash: hashInvitationToken(token),
    });
    expect(JSON.stringify(invitation)).not.toContain(token);
    const sevenDays = 7 * 24 * 60 * 60 * 1000;
    expect(invitation.expiresAt.getTime()).toBeGreaterThanOrEqual(before + sevenDays);
    expect(invitation.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + sevenDays);

    const [event] = await auditEventsOf("member.invite", admin.user.id);
    expect(event).toMatchObject({
      organisationId: hkstp.id,
      targetType: "Invitation",
      targetId: invitation.id,
      ipAddress: "203.0.113.7",
    });
    expect(event?.after).toMatchObject({ email: "mei.ling@example.hk", role: "MENTOR" });
    expect(console.log).toHaveBeenCalledWith(
      expect.stringContaining(`http://incubase.test/invitations/${token}`),
    );
  });

  it("refuses a role that does not exist in an operator", async () => {
    const { hkstp, admin } = await setUp();
    auth.user = await sessionUserFor(admin.user.id);
    const result = await inviteMember({
      organisation: hkstp.slug,
      email: "founder@example.hk",
      role: "STARTUP_MEMBER",
    });
    expect(result.serverError).toMatchObject({ code: "INVALID" });
    expect(await testDb().invitation.count({ where: { organisationId: hkstp.id } })).toBe(0);
  });

  it("refuses to invite someone who is already an active member", async () => {
    const { hkstp, admin, officer } = await setUp();
    auth.user = await sessionUserFor(admin.user.id);
    const result = await inviteMember({
      organisation: hkstp.slug,
      email: officer.user.email,
      role: "MENTOR",
    });
    expect(result.serverError).toMatchObject({ code: "CONFLICT" });
    expect(await testDb().invitation.count({ where: { organisationId: hkstp.id } })).toBe(0);
  });

  it("refuses a second live invitation, but replaces an expired one", async () => {
    const { hkstp, admin } = await setUp();
    auth.user = await sessionUserFor(admin.user.id);
    const email = "kelvin.ho@example.hk";
    await createInvitation(testDb(), {
      organisationId: hkstp.id,
      invitedById: admin.user.id,
      email,
    });

    const refused = await inviteMember({
      organisation: hkstp.slug,
      email,
      role: "PROGRAMME_OFFICER",
    });
    expect(refused.serverError).toMatchObject({ code: "CONFLICT" });
    expect(await testDb().invitation.count({ where: { organisationId: hkstp.id } })).toBe(1);

    await testDb().invitation.updateMany({
      where: { organisationId: hkstp.id },
      data: { expiresAt: daysFrom(new Date(), -1) },
    });
    const replaced = await inviteMember({
      organisation: hkstp.slug,
      email,
      role: "PROGRAMME_OFFICER",
    });
    expect(replaced.serverError).toBeUndefined();
    const statuses = await testDb().invitation.findMany({
      where: { email },
      select: { status: true },
      orderBy: { createdAt: "asc" },
    });
    expect(statuses.map((row) => row.status)).toEqual(["EXPIRED", "PENDING"]);
  });

  it("rejects a malformed email before anything is written", async () => {
    const { hkstp, admin } = await setUp();
    auth.user = await sessionUserFor(admin.user.id);
    const result = await inviteMember({
      organisation: hkstp.slug,
      email: "not-an-email",
      role: "MENTOR",
    });
    expect(result.validationErrors).toBeDefined();
    expect(await testDb().invitation.count({ where: { organisationId: hkstp.id } })).toBe(0);
  });

  it("refuses a programme officer with FORBIDDEN, writes nothing but the denial", async () => {
    const { hkstp, officer } = await setUp();
    auth.user = await sessionUserFor(officer.user.id);
    const result = await inviteMember({
      organisation: hkstp.slug,
      email: "someone@example.hk",
      role: "MENTOR",
    });
    expect(result.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb().invitation.count({ where: { organisationId: hkstp.id } })).toBe(0);
    const [denial] = await auditEventsOf("access.denied", officer.user.id);
    expect(denial).toMatchObject({ organisationId: hkstp.id });
    expect(denial?.after).toMatchObject({ permission: "member.invite" });
  });

  it("answers NOT_FOUND to an admin of another organisation and writes nothing", async () => {
    const { hkstp, otherAdmin } = await setUp();
    auth.user = await sessionUserFor(otherAdmin.user.id);
    const result = await inviteMember({
      organisation: hkstp.slug,
      email: "someone@example.hk",
      role: "MENTOR",
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await testDb().invitation.count({ where: { organisationId: hkstp.id } })).toBe(0);
    expect(await testDb().auditEvent.count({ where: { organisationId: hkstp.id } })).toBe(0);
    const [denial] = await auditEventsOf("access.denied", otherAdmin.user.id);
    expect(denial).toMatchObject({ organisationId: null });
  });

  it("refuses a signed-out caller", async () => {
    const { hkstp } = await setUp();
    const result = await inviteMember({
      organisation: hkstp.slug,
      email: "someone@example.hk",
      role: "MENTOR",
    });
    expect(result.serverError).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await testDb().invitation.count({ where: { organisationId: hkstp.id } })).toBe(0);
  });
});
