import { saveApplicationDraft } from "@/lib/actions/applications/save-application-draft";
import { startApplication } from "@/lib/actions/applications/start-application";
import { submitApplication } from "@/lib/actions/applications/submit-application";
import { withdrawApplication } from "@/lib/actions/applications/withdraw-application";
import { createApplication, createApplicationAnswer } from "../../../factories/applications";
import { createApplicationForm, createCall } from "../../../factories/calls";
import { testDb } from "../../../setup/test-database";
import type { Scenario } from "../scenarios";
import type { Actor, World } from "../world";

/** The actor's own start-up when it is the start-up member's, otherwise a stranger start-up. */
async function startupIdFor(world: World, actor: Actor): Promise<string | undefined> {
  if (actor !== world.actors["startup-member"]) return undefined;
  const organisation = await testDb().organisation.findUniqueOrThrow({
    where: { slug: actor.organisationSlug },
    select: { id: true },
  });
  return organisation.id;
}

/** A draft to a call of the target tenant, by the actor's start-up or by another one. */
async function draftFor(world: World, actor: Actor) {
  const startupId = await startupIdFor(world, actor);
  const application = await createApplication(testDb(), {
    organisationId: actor.targetOrganisationId,
    ...(startupId ? { startupId, createdById: actor.userId ?? undefined } : {}),
  });
  return application;
}

/** Scenarios for tests/authorization/matrix/applications.ts, by `file#exportedName`. */
export const APPLICATION_SCENARIOS: Record<string, Scenario> = {
  // A fresh open call each time, so the start-up member really creates a draft.
  "lib/actions/applications/start-application.ts#startApplication": async (_world, actor) => {
    const call = await createCall(testDb(), { organisationId: actor.targetOrganisationId });
    await createApplicationForm(testDb(), { callId: call.id, organisationId: call.organisationId });
    return () =>
      startApplication({
        organisation: actor.organisationSlug,
        callId: call.id,
        projectTitle: "CAR-T for nasopharyngeal carcinoma",
      });
  },

  "lib/actions/applications/save-application-draft.ts#saveApplicationDraft": async (
    world,
    actor,
  ) => {
    const application = await draftFor(world, actor);
    return () =>
      saveApplicationDraft({
        organisation: actor.organisationSlug,
        applicationId: application.id,
        version: application.version,
        answers: { project_summary: "Autologous CAR-T targeting EBV antigens." },
      });
  },

  "lib/actions/applications/submit-application.ts#submitApplication": async (world, actor) => {
    const application = await draftFor(world, actor);
    const answer = (questionKey: string, value: string | boolean | number) =>
      createApplicationAnswer(testDb(), {
        applicationId: application.id,
        organisationId: application.organisationId,
        questionKey,
        value,
      });
    await answer("project_summary", "Autologous CAR-T targeting EBV antigens.");
    await answer("hk_company", false);
    await answer("funding_requested", 300_000_000);
    return () =>
      submitApplication({
        organisation: actor.organisationSlug,
        applicationId: application.id,
        version: application.version,
      });
  },

  "lib/actions/applications/withdraw-application.ts#withdrawApplication": async (world, actor) => {
    const application = await draftFor(world, actor);
    return () =>
      withdrawApplication({
        organisation: actor.organisationSlug,
        applicationId: application.id,
        reason: "We joined another programme for this project.",
      });
  },
};
