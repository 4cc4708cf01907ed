import { describe, expect, it } from "vitest";
import {
  assignableRoles,
  effectiveInvitationStatus,
  generateInvitationToken,
  hashInvitationToken,
  invitationExpiresAt,
  isInvitationAcceptable,
  isRoleAssignable,
  normaliseEmail,
} from "./invitations";

describe("invitation tokens", () => {
  it("are 32 random bytes in URL-safe base64, different every time", () => {
    const first = generateInvitationToken();
    const second = generateInvitationToken();
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(first, "base64url")).toHaveLength(32);
    expect(first).not.toBe(second);
  });

  it("hash to a stable hex sha256 that does not contain the token", () => {
    const token = generateInvitationToken();
    const hash = hashInvitationToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInvitationToken(token)).toBe(hash);
    expect(hash).not.toContain(token);
    // The known sha256 of "abc", so the stored form is plain sha256 and nothing else.
    expect(hashInvitationToken("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });
});

describe("invitation expiry", () => {
  const issuedAt = new Date("2026-03-02T01:00:00.000Z"); // 09:00 in Hong Kong

  it("is seven days after issue", () => {
    expect(invitationExpiresAt(issuedAt).toISOString()).toBe("2026-03-09T01:00:00.000Z");
  });

  it("turns a pending invitation into an expired one at the expiry instant", () => {
    const invitation = { status: "PENDING" as const, expiresAt: invitationExpiresAt(issuedAt) };
    const justBefore = new Date(invitation.expiresAt.getTime() - 1);
    expect(effectiveInvitationStatus(invitation, justBefore)).toBe("PENDING");
    expect(isInvitationAcceptable(invitation, justBefore)).toBe(true);
    expect(effectiveInvitationStatus(invitation, invitation.expiresAt)).toBe("EXPIRED");
    expect(isInvitationAcceptable(invitation, invitation.expiresAt)).toBe(false);
  });

  it("never revives an accepted or revoked invitation", () => {
    const future = new Date("2030-01-01T00:00:00.000Z");
    expect(isInvitationAcceptable({ status: "ACCEPTED", expiresAt: future }, issuedAt)).toBe(false);
    expect(isInvitationAcceptable({ status: "REVOKED", expiresAt: future }, issuedAt)).toBe(false);
    expect(effectiveInvitationStatus({ status: "REVOKED", expiresAt: issuedAt }, future)).toBe(
      "REVOKED",
    );
  });
});

describe("roles by organisation kind", () => {
  it("keeps staff roles in operators and founders in start-ups", () => {
    expect(assignableRoles("OPERATOR")).toEqual([
      "OPERATOR_ADMIN",
      "PROGRAMME_OFFICER",
      "FINANCE_APPROVER",
      "MENTOR",
    ]);
    expect(isRoleAssignable("OPERATOR", "STARTUP_MEMBER")).toBe(false);
    expect(isRoleAssignable("STARTUP", "STARTUP_MEMBER")).toBe(true);
    expect(isRoleAssignable("STARTUP", "OPERATOR_ADMIN")).toBe(false);
    expect(isRoleAssignable("PARTNER", "PARTNER_MEMBER")).toBe(true);
  });
});

describe("normaliseEmail", () => {
  it("trims and lower-cases", () => {
    expect(normaliseEmail("  Wong.Ka-Yan@HKSTP.org ")).toBe("wong.ka-yan@hkstp.org");
  });
});
