import { createHash, randomBytes } from "node:crypto";
import type {
  InvitationStatus,
  MembershipRole,
  OrganisationKind,
} from "@/lib/generated/prisma/enums";

/** How long an invitation link stays valid. */
export const INVITATION_VALID_DAYS = 7;

const TOKEN_BYTES = 32;

/**
 * A new invitation token: 32 random bytes as 43 URL-safe base64 characters (the shape
 * `invitationTokenSchema` accepts). Only its hash is ever stored.
 */
export function generateInvitationToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

/** The stored form of a token: hex sha256 (fast is fine, the token has 256 bits of entropy). */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** When an invitation issued at `issuedAt` stops being valid. */
export function invitationExpiresAt(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);
}

/**
 * What an invitation is worth right now: a PENDING row past its expiry is EXPIRED even before
 * anything rewrites its status.
 */
export function effectiveInvitationStatus(
  invitation: { status: InvitationStatus; expiresAt: Date },
  now: Date = new Date(),
): InvitationStatus {
  if (invitation.status === "PENDING" && invitation.expiresAt.getTime() <= now.getTime()) {
    return "EXPIRED";
  }
  return invitation.status;
}

/** True when the invitation can still be accepted. */
export function isInvitationAcceptable(
  invitation: { status: InvitationStatus; expiresAt: Date },
  now: Date = new Date(),
): boolean {
  return effectiveInvitationStatus(invitation, now) === "PENDING";
}

const ROLES_BY_ORGANISATION_KIND: Record<OrganisationKind, readonly MembershipRole[]> = {
  OPERATOR: ["OPERATOR_ADMIN", "PROGRAMME_OFFICER", "FINANCE_APPROVER", "MENTOR"],
  PARTNER: ["PARTNER_MEMBER"],
  STARTUP: ["STARTUP_MEMBER"],
};

/** The roles a member of this kind of organisation can hold (an operator has no founders). */
export function assignableRoles(kind: OrganisationKind): readonly MembershipRole[] {
  return ROLES_BY_ORGANISATION_KIND[kind];
}

/** True when `role` makes sense in an organisation of `kind`. */
export function isRoleAssignable(kind: OrganisationKind, role: MembershipRole): boolean {
  return ROLES_BY_ORGANISATION_KIND[kind].includes(role);
}

/** Emails are stored and compared lower-case and trimmed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The one answer for an unknown, expired, revoked or used link: it tells a guesser nothing. */
export const UNUSABLE_INVITATION_MESSAGE =
  "This invitation link is no longer valid. It may have expired, been revoked or already been used. Ask the person who invited you for a new link.";
