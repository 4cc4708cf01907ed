import { hashPassword } from "@/lib/auth/password";
import type { Invitation, Membership, Prisma, User } from "@/lib/generated/prisma/client";
import type { FactoryDatabase } from "./database";
import { createOperator } from "./organisations";
import { daysFrom, sha256Hex, uniqueSuffix } from "./sequence";

/** The password of every user a factory creates (unless the test sets a hash). */
export const FACTORY_PASSWORD = "Factory-password-2026";

let factoryPasswordHash: Promise<string> | undefined;

/** The argon2 hash of FACTORY_PASSWORD, computed once per process (~50 ms). */
export function getFactoryPasswordHash(): Promise<string> {
  factoryPasswordHash ??= hashPassword(FACTORY_PASSWORD);
  return factoryPasswordHash;
}

/** The user as the app's client returns it: without the password hash. */
export type FactoryUser = Omit<User, "passwordHash">;

/** Creates a user whose password is FACTORY_PASSWORD; the email is stored lower-case. */
export async function createUser(
  db: FactoryDatabase,
  overrides: Partial<Prisma.UserUncheckedCreateInput> = {},
): Promise<FactoryUser> {
  const suffix = uniqueSuffix();
  const passwordHash = overrides.passwordHash ?? (await getFactoryPasswordHash());
  const email = (overrides.email ?? `user-${suffix}@example.test`).toLowerCase();
  return db.user.create({
    data: { name: `Test User ${suffix}`, ...overrides, email, passwordHash },
  });
}

/** Creates a membership; a new operator and a new user stand in for missing ids. */
export async function createMembership(
  db: FactoryDatabase,
  overrides: Partial<Prisma.MembershipUncheckedCreateInput> = {},
): Promise<Membership> {
  const organisationId = overrides.organisationId ?? (await createOperator(db)).id;
  const userId = overrides.userId ?? (await createUser(db)).id;
  return db.membership.create({
    data: { role: "PROGRAMME_OFFICER", ...overrides, organisationId, userId },
  });
}

/**
 * Creates a user who belongs to `organisationId` with `role`: the usual way a test gets an
 * officer, a finance approver, a mentor or a founder.
 */
export async function createMember(
  db: FactoryDatabase,
  options: {
    organisationId: string;
    role: Prisma.MembershipUncheckedCreateInput["role"];
    user?: Partial<Prisma.UserUncheckedCreateInput>;
    membership?: Partial<Prisma.MembershipUncheckedCreateInput>;
  },
): Promise<{ user: FactoryUser; membership: Membership }> {
  const user = await createUser(db, options.user);
  const membership = await createMembership(db, {
    ...options.membership,
    organisationId: options.organisationId,
    userId: user.id,
    role: options.role,
  });
  return { user, membership };
}

/**
 * Creates a pending invitation. The token is not stored, only its hash: pass `tokenHash`
 * (sha256Hex of a token you keep) when the test needs to accept it.
 */
export async function createInvitation(
  db: FactoryDatabase,
  overrides: Partial<Prisma.InvitationUncheckedCreateInput> = {},
): Promise<Invitation> {
  const suffix = uniqueSuffix();
  const organisationId = overrides.organisationId ?? (await createOperator(db)).id;
  const invitedById =
    overrides.invitedById ??
    (await createMember(db, { organisationId, role: "OPERATOR_ADMIN" })).user.id;
  return db.invitation.create({
    data: {
      email: `invitee-${suffix}@example.test`,
      role: "PROGRAMME_OFFICER",
      tokenHash: sha256Hex(`invitation-${suffix}`),
      expiresAt: daysFrom(new Date(), 7),
      ...overrides,
      organisationId,
      invitedById,
    },
  });
}
