import { replyToClarification } from "@/lib/actions/clarifications/reply-to-clarification";
import { requestClarification } from "@/lib/actions/clarifications/request-clarification";
import { inviteCoFounder } from "@/lib/actions/startups/invite-co-founder";
import { registerStartup } from "@/lib/actions/startups/register-startup";
import { revokeCoFounderInvitation } from "@/lib/actions/startups/revoke-co-founder-invitation";
import { signUpStartup } from "@/lib/actions/startups/sign-up-startup";
import { createApplication, createApplicationMessage } from "../../../factories/applications";
import { createInvitation, createMember } from "../../../factories/users";
import { testDb } from "../../../setup/test-database";
import type { Scenario } from "../scenarios";
import type { World } from "../world";

/** The cohort start-up of the world (the start-up member's own organisation) and its founder. */
async function worldStartup(world: World) {
  const founder = world.actors["startup-member"];
  const organisation = await testDb().organisation.findUniqueOrThrow({
    where: { slug: founder.organisationSlug },
    select: { id: true },
  });
  return { id: organisation.id, founderId: founder.userId! };
}

const PASSWORD = "mid-levels escalator at noon";

/** Scenarios for tests/authorization/matrix/startups.ts, by `file#exportedName`. */
export const STARTUP_SCENARIOS: Record<string, Scenario> = {
  "lib/actions/startups/sign-up-startup.ts#signUpStartup": async () => () =>
    signUpStartup({
      name: "Leung Hoi Ching",
      email: `matrix-${crypto.randomUUID()}@example.test`,
      password: PASSWORD,
      confirmPassword: PASSWORD,
      startupName: "Cheung Chau Cell Therapy",
      focusAreas: ["CELL_GENE_THERAPY"],
    }),

  "lib/actions/startups/register-startup.ts#registerStartup": async () => () =>
    registerStartup({ startupName: "Tung Chung Biosensors", focusAreas: ["DIAGNOSTICS"] }),

  "lib/actions/startups/invite-co-founder.ts#inviteCoFounder": async (_world, actor) => () =>
    inviteCoFounder({
      organisation: actor.organisationSlug,
      email: `matrix-${crypto.randomUUID()}@example.test`,
    }),

  // An invitation to the cohort start-up: only its own member may revoke it.
  "lib/actions/startups/revoke-co-founder-invitation.ts#revokeCoFounderInvitation": async (
    world,
    actor,
  ) => {
    const startup = await worldStartup(world);
    const invitation = await createInvitation(testDb(), {
      organisationId: startup.id,
      invitedById: startup.founderId,
      role: "STARTUP_MEMBER",
    });
    return () =>
      revokeCoFounderInvitation({
        organisation: actor.organisationSlug,
        invitationId: invitation.id,
      });
  },

  // A submitted application to the actor's target tenant.
  "lib/actions/clarifications/request-clarification.ts#requestClarification": async (
    _world,
    actor,
  ) => {
    const application = await createApplication(testDb(), {
      organisationId: actor.targetOrganisationId,
      status: "SUBMITTED",
    });
    return () =>
      requestClarification({
        organisation: actor.organisationSlug,
        applicationId: application.id,
        body: "Please confirm the company's Business Registration number.",
      });
  },

  // The cohort start-up's submitted application to tenant A, with an officer's question.
  "lib/actions/clarifications/reply-to-clarification.ts#replyToClarification": async (
    world,
    actor,
  ) => {
    const startup = await worldStartup(world);
    const application = await createApplication(testDb(), {
      organisationId: world.tenantA.id,
      startupId: startup.id,
      createdById: startup.founderId,
      status: "IN_REVIEW",
    });
    const officer = await createMember(testDb(), {
      organisationId: world.tenantA.id,
      role: "PROGRAMME_OFFICER",
    });
    await createApplicationMessage(testDb(), {
      applicationId: application.id,
      organisationId: world.tenantA.id,
      authorId: officer.user.id,
    });
    return () =>
      replyToClarification({
        organisation: actor.organisationSlug,
        applicationId: application.id,
        body: "Our BR number is 71234567.",
      });
  },
};
