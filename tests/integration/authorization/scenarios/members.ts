import { generateInvitationToken, hashInvitationToken } from "@/lib/domain/invitations";
import { changePassword } from "@/lib/actions/account/change-password";
import { signOutEverywhere } from "@/lib/actions/account/sign-out-everywhere";
import { acceptInvitation } from "@/lib/actions/members/accept-invitation";
import { acceptInvitationAsNewUser } from "@/lib/actions/members/accept-invitation-as-new-user";
import { changeMemberRole } from "@/lib/actions/members/change-member-role";
import { deactivateMembership } from "@/lib/actions/members/deactivate-membership";
import { inviteMember } from "@/lib/actions/members/invite-member";
import { reactivateMembership } from "@/lib/actions/members/reactivate-membership";
import { revokeInvitation } from "@/lib/actions/members/revoke-invitation";
import { setLocale } from "@/lib/actions/preferences/set-locale";
import { FACTORY_PASSWORD, createInvitation, createMember } from "../../../factories/users";
import { testDb } from "../../../setup/test-database";
import type { Scenario } from "../scenarios";
import type { World } from "../world";

function adminOf(world: World, organisationId: string): string {
  return organisationId === world.tenantA.id ? world.adminAId : world.adminBId;
}

async function invitationFor(world: World, organisationId: string) {
  const token = generateInvitationToken();
  await createInvitation(testDb(), {
    organisationId,
    invitedById: adminOf(world, organisationId),
    tokenHash: hashInvitationToken(token),
  });
  return token;
}

/** Scenarios by `file#exportedName`, matching tests/authorization/action-matrix.ts. */
export const MEMBER_SCENARIOS: Record<string, Scenario> = {
  "lib/actions/members/invite-member.ts#inviteMember": async (_world, actor) => () =>
    inviteMember({
      organisation: actor.organisationSlug,
      email: `matrix-${crypto.randomUUID()}@example.test`,
      role: "PROGRAMME_OFFICER",
    }),

  "lib/actions/members/revoke-invitation.ts#revokeInvitation": async (world, actor) => {
    const invitation = await createInvitation(testDb(), {
      organisationId: actor.targetOrganisationId,
      invitedById: adminOf(world, actor.targetOrganisationId),
    });
    return () =>
      revokeInvitation({ organisation: actor.organisationSlug, invitationId: invitation.id });
  },

  "lib/actions/members/change-member-role.ts#changeMemberRole": async (_world, actor) => {
    const target = await createMember(testDb(), {
      organisationId: actor.targetOrganisationId,
      role: "PROGRAMME_OFFICER",
    });
    return () =>
      changeMemberRole({
        organisation: actor.organisationSlug,
        membershipId: target.membership.id,
        role: "MENTOR",
      });
  },

  "lib/actions/members/deactivate-membership.ts#deactivateMembership": async (_world, actor) => {
    const target = await createMember(testDb(), {
      organisationId: actor.targetOrganisationId,
      role: "MENTOR",
    });
    return () =>
      deactivateMembership({
        organisation: actor.organisationSlug,
        membershipId: target.membership.id,
      });
  },

  "lib/actions/members/reactivate-membership.ts#reactivateMembership": async (_world, actor) => {
    const target = await createMember(testDb(), {
      organisationId: actor.targetOrganisationId,
      role: "MENTOR",
      membership: { status: "DEACTIVATED" },
    });
    return () =>
      reactivateMembership({
        organisation: actor.organisationSlug,
        membershipId: target.membership.id,
      });
  },

  // Someone else's invitation: nobody but the invitee may accept it.
  "lib/actions/members/accept-invitation.ts#acceptInvitation": async (world, actor) => {
    const token = await invitationFor(world, actor.targetOrganisationId);
    return () => acceptInvitation({ token });
  },

  "lib/actions/members/accept-invitation-as-new-user.ts#acceptInvitationAsNewUser": async (
    world,
    actor,
  ) => {
    const token = await invitationFor(world, actor.targetOrganisationId);
    const password = "a brand new harbour passphrase";
    return () =>
      acceptInvitationAsNewUser({
        token,
        name: "Ho Wing Sze",
        password,
        confirmPassword: password,
      });
  },

  "lib/actions/account/change-password.ts#changePassword": async () => () =>
    changePassword({
      currentPassword: FACTORY_PASSWORD,
      newPassword: "lantau peak at sunrise",
      confirmPassword: "lantau peak at sunrise",
    }),

  "lib/actions/account/sign-out-everywhere.ts#signOutEverywhere": async () => () =>
    signOutEverywhere(),

  "lib/actions/preferences/set-locale.ts#setLocale": async () => () =>
    setLocale({ locale: "zh-HK" }),
};
