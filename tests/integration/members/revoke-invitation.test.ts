import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { revokeInvitation } from "@/lib/actions/members/revoke-invitation";
import { createInvitation, createMember } from "../../factories/users";
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
  const otherAdmin = await createMember(db, { organisationId: cuhk.id, role: "OPERATOR_ADMIN" });
  const invitation = await createInvitation(db, {
    organisationId: hkstp.id,
    invitedById: admin.user.id,
    role: "MENTOR",
  });
  return { hkstp, cuhk, admin, officer, otherAdmin, invitation };
}

const statusOf = async (id: string) =>
  (await testDb().invitation.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("revokeInvitation", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("lets an operator admin revoke a pending invitation, with an audit event", async () => {
    const { hkstp, admin, invitation } = await setUp();
    auth.user = await sessionUserFor(admin.user.id);
    const result = await revokeInvitation({
      organisation: hkstp.slug,
      invitationId: invitation.id,
    });
    expect(result.serverError).toBeUndefined();
    expect(await statusOf(invitation.id)).toBe("REVOKED");
    const [event] = await auditEventsOf("invitation.revoke", admin.user.id);
    expect(event).toMatchObject({
      organisationId: hkstp.id,
      targetType: "Invitation",
      targetId: invitation.id,
    });
    expect(event?.before).toMatchObject({ status: "PENDING" });
    expect(event?.after).toMatchObject({ status: "REVOKED" });
  });

  it("will not revoke an invitation that was already accepted", async () => {
    const { hkstp, admin, invitation } = await setUp();
    await testDb().invitation.update({
      where: { id: invitation.id },
      data: { status: "ACCEPTED", acceptedAt: new Date() },
    });
    auth.user = await sessionUserFor(admin.user.id);
    const result = await revokeInvitation({
      organisation: hkstp.slug,
      invitationId: invitation.id,
    });
    expect(result.serverError).toMatchObject({ code: "CONFLICT" });
    expect(await statusOf(invitation.id)).toBe("ACCEPTED");
  });

  it("refuses a programme officer with FORBIDDEN and leaves the invitation pending", async () => {
    const { hkstp, officer, invitation } = await setUp();
    auth.user = await sessionUserFor(officer.user.id);
    const result = await revokeInvitation({
      organisation: hkstp.slug,
      invitationId: invitation.id,
    });
    expect(result.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(await statusOf(invitation.id)).toBe("PENDING");
    expect(await auditEventsOf("access.denied", officer.user.id)).toHaveLength(1);
  });

  it("answers NOT_FOUND to another organisation's admin, by slug or by id", async () => {
    const { hkstp, cuhk, otherAdmin, invitation } = await setUp();
    auth.user = await sessionUserFor(otherAdmin.user.id);

    const bySlug = await revokeInvitation({
      organisation: hkstp.slug,
      invitationId: invitation.id,
    });
    expect(bySlug.serverError).toMatchObject({ code: "NOT_FOUND" });
    // Their own organisation's slug with our invitation's id: the tenant-scoped lookup misses.
    const byId = await revokeInvitation({ organisation: cuhk.slug, invitationId: invitation.id });
    expect(byId.serverError).toMatchObject({ code: "NOT_FOUND" });

    expect(await statusOf(invitation.id)).toBe("PENDING");
    expect(await auditEventsOf("invitation.revoke", otherAdmin.user.id)).toHaveLength(0);
  });
});
