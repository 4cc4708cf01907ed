import { getFactoryPasswordHash } from "../../factories/users";
import { createMember, createUser } from "../../factories/users";
import { createOperator, createPartner, createStartup } from "../../factories/organisations";
import { createProgramme, createProgrammePartner } from "../../factories/programmes";
import { createEnrolment } from "../../factories/enrolments";
import { testDb } from "../../setup/test-database";
import type { Principal } from "../../authorization/principals";

export type Actor = {
  /** The token's claims: null for anonymous. */
  session: { id: string; sessionVersion: number } | null;
  userId: string | null;
  /** The organisation the principal acts in (its own), by slug. */
  organisationSlug: string;
  /** Whose records the principal names: tenant A's, or B's for the foreign-target admin. */
  targetOrganisationId: string;
};

export type World = {
  tenantA: { id: string; slug: string };
  tenantB: { id: string; slug: string };
  adminAId: string;
  adminBId: string;
  actors: Record<Principal, Actor>;
};

/** Two operators, a cohort start-up, an entitled and a non-entitled partner, and one actor per principal. */
export async function buildWorld(): Promise<World> {
  const db = testDb();
  const tenantA = await createOperator(db);
  const tenantB = await createOperator(db);
  const programme = await createProgramme(db, {
    organisationId: tenantA.id,
    kind: "CO_INCUBATION",
  });
  const entitledPartner = await createPartner(db);
  const otherPartner = await createPartner(db);
  await createProgrammePartner(db, {
    programmeId: programme.id,
    organisationId: tenantA.id,
    partnerId: entitledPartner.id,
  });
  const startup = await createStartup(db);
  await createEnrolment(db, {
    programmeId: programme.id,
    organisationId: tenantA.id,
    startupId: startup.id,
  });

  const adminA = await createMember(db, { organisationId: tenantA.id, role: "OPERATOR_ADMIN" });
  const adminB = await createMember(db, { organisationId: tenantB.id, role: "OPERATOR_ADMIN" });

  const member = async (organisationId: string, role: Parameters<typeof createMember>[1]["role"]) =>
    (await createMember(db, { organisationId, role })).user;
  const actor = (
    user: { id: string; sessionVersion: number },
    organisationSlug: string,
    targetOrganisationId: string = tenantA.id,
  ): Actor => ({
    session: { id: user.id, sessionVersion: user.sessionVersion },
    userId: user.id,
    organisationSlug,
    targetOrganisationId,
  });

  const deactivated = await member(tenantA.id, "OPERATOR_ADMIN");
  await db.user.update({ where: { id: deactivated.id }, data: { deactivatedAt: new Date() } });
  const revoked = await member(tenantA.id, "OPERATOR_ADMIN");
  await db.user.update({ where: { id: revoked.id }, data: { sessionVersion: { increment: 1 } } });
  const platformAdmin = await createUser(db, { isPlatformAdmin: true });

  const actors: Record<Principal, Actor> = {
    anonymous: {
      session: null,
      userId: null,
      organisationSlug: tenantA.slug,
      targetOrganisationId: tenantA.id,
    },
    "deactivated-user": actor(deactivated, tenantA.slug),
    // The token still carries the version from before "sign out everywhere".
    "revoked-session": actor(
      { id: revoked.id, sessionVersion: revoked.sessionVersion },
      tenantA.slug,
    ),
    "platform-admin": actor(platformAdmin, tenantA.slug),
    "operator-admin": actor(adminA.user, tenantA.slug),
    "programme-officer": actor(await member(tenantA.id, "PROGRAMME_OFFICER"), tenantA.slug),
    "finance-approver": actor(await member(tenantA.id, "FINANCE_APPROVER"), tenantA.slug),
    mentor: actor(await member(tenantA.id, "MENTOR"), tenantA.slug),
    "startup-member": actor(await member(startup.id, "STARTUP_MEMBER"), startup.slug),
    "partner-entitled": actor(
      await member(entitledPartner.id, "PARTNER_MEMBER"),
      entitledPartner.slug,
    ),
    "partner-not-entitled": actor(
      await member(otherPartner.id, "PARTNER_MEMBER"),
      otherPartner.slug,
    ),
    "foreign-operator-admin": actor(adminB.user, tenantB.slug),
    "foreign-target-operator-admin": actor(
      await member(tenantA.id, "OPERATOR_ADMIN"),
      tenantA.slug,
      tenantB.id,
    ),
  };
  return { tenantA, tenantB, adminAId: adminA.user.id, adminBId: adminB.user.id, actors };
}

/** Puts the actor's password back to the factory one and re-reads their current session version. */
export async function refreshActor(actor: Actor, isRevoked: boolean): Promise<void> {
  if (!actor.userId || !actor.session) return;
  const user = await testDb().user.update({
    where: { id: actor.userId },
    data: { passwordHash: await getFactoryPasswordHash() },
    select: { sessionVersion: true },
  });
  actor.session.sessionVersion = isRevoked ? user.sessionVersion - 1 : user.sessionVersion;
}
