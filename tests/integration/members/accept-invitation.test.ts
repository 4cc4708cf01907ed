import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { acceptInvitation } from "@/lib/actions/members/accept-invitation";
import { acceptInvitationAsNewUser } from "@/lib/actions/members/accept-invitation-as-new-user";
import { verifyPassword } from "@/lib/auth/password";
import {
  generateInvitationToken,
  hashInvitationToken,
  UNUSABLE_INVITATION_MESSAGE,
} from "@/lib/domain/invitations";
import { createInvitation, createMember, createUser } from "../../factories/users";
import { createOperator } from "../../factories/organisations";
import { daysFrom } from "../../factories/sequence";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "./session-user";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const NEW_PASSWORD = "jade harbour tram 2026";

async function invite(
  email: string,
  overrides: { expiresAt?: Date; role?: "MENTOR" | "PROGRAMME_OFFICER" } = {},
) {
  const db = testDb();
  const hkstp = await createOperator(db, { name: "Hong Kong Science and Technology Parks" });
  const admin = await createMember(db, { organisationId: hkstp.id, role: "OPERATOR_ADMIN" });
  const token = generateInvitationToken();
  const invitation = await createInvitation(db, {
    organisationId: hkstp.id,
    invitedById: admin.user.id,
    email,
    role: overrides.role ?? "MENTOR",
    tokenHash: hashInvitationToken(token),
    ...(overrides.expiresAt ? { expiresAt: overrides.expiresAt } : {}),
  });
  return { hkstp, admin, token, invitation };
}

const readInvitation = (id: string) => testDb().invitation.findUniqueOrThrow({ where: { id } });

describe("acceptInvitationAsNewUser", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("creates the user and the membership in one go, marks the invitation accepted and audits", async () => {
    const { hkstp, token, invitation } = await invite("chan.siu.ming@example.hk");
    const result = await acceptInvitationAsNewUser({
      token,
      name: "Chan Siu Ming",
      password: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(result.serverError).toBeUndefined();
    expect(result.data).toEqual({
      organisationSlug: hkstp.slug,
      email: "chan.siu.ming@example.hk",
    });

    const user = await testDb().user.findUniqueOrThrow({
      where: { email: "chan.siu.ming@example.hk" },
      omit: { passwordHash: false },
      include: { memberships: true },
    });
    expect(user.name).toBe("Chan Siu Ming");
    expect(await verifyPassword(user.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(user.memberships).toEqual([
      expect.objectContaining({ organisationId: hkstp.id, role: "MENTOR", status: "ACTIVE" }),
    ]);
    const accepted = await readInvitation(invitation.id);
    expect(accepted.status).toBe("ACCEPTED");
    expect(accepted.acceptedAt).not.toBeNull();
    const [event] = await auditEventsOf("invitation.accept", user.id);
    expect(event).toMatchObject({
      organisationId: hkstp.id,
      targetType: "Invitation",
      targetId: invitation.id,
    });
  });

  it("refuses an expired link with the one message and creates nobody", async () => {
    const { token, invitation } = await invite("late@example.hk", {
      expiresAt: daysFrom(new Date(), -1),
    });
    const result = await acceptInvitationAsNewUser({
      token,
      name: "Late",
      password: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(result.serverError).toEqual({ code: "NOT_FOUND", message: UNUSABLE_INVITATION_MESSAGE });
    expect(await testDb().user.count({ where: { email: "late@example.hk" } })).toBe(0);
    expect((await readInvitation(invitation.id)).status).toBe("PENDING");
  });

  it("refuses a link used once already", async () => {
    const { token } = await invite("twice@example.hk");
    const input = { token, name: "Twice", password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    expect((await acceptInvitationAsNewUser(input)).serverError).toBeUndefined();
    const again = await acceptInvitationAsNewUser({ ...input, name: "Someone else" });
    expect(again.serverError).toEqual({ code: "NOT_FOUND", message: UNUSABLE_INVITATION_MESSAGE });
    const user = await testDb().user.findUniqueOrThrow({
      where: { email: "twice@example.hk" },
      include: { memberships: true },
    });
    expect(user.name).toBe("Twice");
    expect(user.memberships).toHaveLength(1);
  });

  it("lets only one of two simultaneous acceptances of one link through", async () => {
    const { hkstp, token } = await invite("race@example.hk");
    const input = { token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    const results = await Promise.all([
      acceptInvitationAsNewUser({ ...input, name: "First" }),
      acceptInvitationAsNewUser({ ...input, name: "Second" }),
    ]);
    expect(results.filter((result) => result.serverError === undefined)).toHaveLength(1);
    expect(await testDb().user.count({ where: { email: "race@example.hk" } })).toBe(1);
    expect(
      await testDb().membership.count({
        where: { organisationId: hkstp.id, user: { email: "race@example.hk" } },
      }),
    ).toBe(1);
  });

  it("refuses a revoked or unknown link", async () => {
    const { token, invitation } = await invite("revoked@example.hk");
    await testDb().invitation.update({ where: { id: invitation.id }, data: { status: "REVOKED" } });
    const input = { name: "Nobody", password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    const revoked = await acceptInvitationAsNewUser({ ...input, token });
    const unknown = await acceptInvitationAsNewUser({ ...input, token: generateInvitationToken() });
    expect(revoked.serverError).toEqual({
      code: "NOT_FOUND",
      message: UNUSABLE_INVITATION_MESSAGE,
    });
    expect(unknown.serverError).toEqual({
      code: "NOT_FOUND",
      message: UNUSABLE_INVITATION_MESSAGE,
    });
    expect(await testDb().user.count({ where: { email: "revoked@example.hk" } })).toBe(0);
  });

  it("applies the password rules with the invited email", async () => {
    const { token, invitation } = await invite("wongtaisin@example.hk");
    const weak = "wongtaisin-garden-2026";
    const result = await acceptInvitationAsNewUser({
      token,
      name: "Wong",
      password: weak,
      confirmPassword: weak,
    });
    expect(result.serverError).toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("email"),
    });
    const short = await acceptInvitationAsNewUser({
      token,
      name: "Wong",
      password: "short",
      confirmPassword: "short",
    });
    expect(short.validationErrors).toBeDefined();
    expect(await testDb().user.count({ where: { email: "wongtaisin@example.hk" } })).toBe(0);
    expect((await readInvitation(invitation.id)).status).toBe("PENDING");
  });

  it("sends someone who already has an account to sign in instead", async () => {
    const existing = await createUser(testDb(), { email: "existing@example.hk" });
    const { token, invitation } = await invite(existing.email);
    const result = await acceptInvitationAsNewUser({
      token,
      name: "Impostor",
      password: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(result.serverError).toMatchObject({ code: "CONFLICT" });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: existing.id } })).name).toBe(
      existing.name,
    );
    expect((await readInvitation(invitation.id)).status).toBe("PENDING");
  });
});

describe("acceptInvitation (existing, signed-in user)", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("adds the membership for the signed-in invitee and marks the invitation accepted", async () => {
    const mentor = await createUser(testDb(), { email: "dr.lam@example.hk" });
    const { hkstp, token, invitation } = await invite(mentor.email, { role: "MENTOR" });
    auth.user = await sessionUserFor(mentor.id);
    const result = await acceptInvitation({ token });
    expect(result.data).toEqual({ organisationSlug: hkstp.slug });
    const membership = await testDb().membership.findUniqueOrThrow({
      where: { organisationId_userId: { organisationId: hkstp.id, userId: mentor.id } },
    });
    expect(membership).toMatchObject({ role: "MENTOR", status: "ACTIVE" });
    expect((await readInvitation(invitation.id)).status).toBe("ACCEPTED");
    expect(await auditEventsOf("invitation.accept", mentor.id)).toHaveLength(1);
  });

  it("brings back a deactivated membership with the invited role", async () => {
    const person = await createUser(testDb(), { email: "returning@example.hk" });
    const { hkstp, token } = await invite(person.email, { role: "PROGRAMME_OFFICER" });
    await testDb().membership.create({
      data: { organisationId: hkstp.id, userId: person.id, role: "MENTOR", status: "DEACTIVATED" },
    });
    auth.user = await sessionUserFor(person.id);
    expect((await acceptInvitation({ token })).serverError).toBeUndefined();
    const membership = await testDb().membership.findUniqueOrThrow({
      where: { organisationId_userId: { organisationId: hkstp.id, userId: person.id } },
    });
    expect(membership).toMatchObject({ role: "PROGRAMME_OFFICER", status: "ACTIVE" });
  });

  it("refuses a user signed in with another email address and changes nothing", async () => {
    const someoneElse = await createUser(testDb(), { email: "not.invited@example.hk" });
    const { hkstp, token, invitation } = await invite("invited@example.hk");
    auth.user = await sessionUserFor(someoneElse.id);
    const result = await acceptInvitation({ token });
    expect(result.serverError).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("invited@example.hk"),
    });
    expect(
      await testDb().membership.count({
        where: { organisationId: hkstp.id, userId: someoneElse.id },
      }),
    ).toBe(0);
    expect((await readInvitation(invitation.id)).status).toBe("PENDING");
  });

  it("refuses an expired or reused link", async () => {
    const person = await createUser(testDb(), { email: "expired.existing@example.hk" });
    const expired = await invite(person.email, { expiresAt: daysFrom(new Date(), -2) });
    auth.user = await sessionUserFor(person.id);
    expect((await acceptInvitation({ token: expired.token })).serverError).toEqual({
      code: "NOT_FOUND",
      message: UNUSABLE_INVITATION_MESSAGE,
    });

    const fresh = await invite(person.email);
    expect((await acceptInvitation({ token: fresh.token })).serverError).toBeUndefined();
    auth.user = await sessionUserFor(person.id);
    expect((await acceptInvitation({ token: fresh.token })).serverError).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await testDb().membership.count({ where: { userId: person.id } })).toBe(1);
  });

  it("needs a session", async () => {
    const { token, invitation } = await invite("anonymous@example.hk");
    const result = await acceptInvitation({ token });
    expect(result.serverError).toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await readInvitation(invitation.id)).status).toBe("PENDING");
  });
});
