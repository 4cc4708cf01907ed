import { closeCall } from "@/lib/actions/calls/close-call";
import { createCall } from "@/lib/actions/calls/create-call";
import { publishCall } from "@/lib/actions/calls/publish-call";
import { saveEligibilityCriteria } from "@/lib/actions/calls/save-eligibility-criteria";
import { saveFormDraft } from "@/lib/actions/calls/save-form-draft";
import { saveRubricDraft } from "@/lib/actions/calls/save-rubric-draft";
import { updateCallDetails } from "@/lib/actions/calls/update-call-details";
import { createProgramme } from "@/lib/actions/programmes/create-programme";
import { updateProgramme } from "@/lib/actions/programmes/update-programme";
import type { UpdateProgrammeInput } from "@/lib/schemas/programmes";
import { createProgramme as createProgrammeRow } from "../../../factories/programmes";
import { testDb } from "../../../setup/test-database";
import {
  callDetailsInput,
  createReadyDraftCall,
  RUBRIC_INPUT,
  SMALL_FORM,
} from "../../programmes/setup-world";
import type { Scenario } from "../scenarios";
import type { Actor } from "../world";

function programmeInput(organisation: string): Omit<UpdateProgrammeInput, "programmeId"> {
  return {
    organisation,
    name: "Cell Therapy Accelerator",
    kind: "ACCELERATOR",
    status: "ACTIVE",
    focusAreas: ["CELL_GENE_THERAPY"],
    benefits: ["MENTORING", "RD_FACILITY_ACCESS"],
    fundingCap: "1,000,000",
    durationMonths: 12,
    fundingBuckets: [
      {
        code: "SUBSIDY",
        name: "Financial subsidy",
        cap: "400,000",
        evidenceRule: "NONE",
        requiresPreApproval: false,
        gatingMilestoneCategory: null,
      },
    ],
    partnerIds: [],
  };
}

/** A ready draft call of the actor's target tenant (its own programme). */
async function targetCall(actor: Actor, status: "DRAFT" | "PUBLISHED" = "DRAFT") {
  const programme = await createProgrammeRow(testDb(), {
    organisationId: actor.targetOrganisationId,
  });
  return createReadyDraftCall(actor.targetOrganisationId, {
    programmeId: programme.id,
    status,
    ...(status === "PUBLISHED" ? { publishedAt: new Date() } : {}),
  });
}

/** Scenarios for tests/authorization/matrix/programmes.ts, by `file#exportedName`. */
export const PROGRAMME_SCENARIOS: Record<string, Scenario> = {
  "lib/actions/programmes/create-programme.ts#createProgramme": async (_world, actor) => () =>
    createProgramme(programmeInput(actor.organisationSlug)),

  "lib/actions/programmes/update-programme.ts#updateProgramme": async (_world, actor) => {
    const programme = await createProgrammeRow(testDb(), {
      organisationId: actor.targetOrganisationId,
    });
    return () =>
      updateProgramme({ ...programmeInput(actor.organisationSlug), programmeId: programme.id });
  },

  "lib/actions/calls/create-call.ts#createCall": async (_world, actor) => {
    const programme = await createProgrammeRow(testDb(), {
      organisationId: actor.targetOrganisationId,
    });
    return () =>
      createCall({
        organisation: actor.organisationSlug,
        programmeId: programme.id,
        ...callDetailsInput(),
      });
  },

  "lib/actions/calls/update-call-details.ts#updateCallDetails": async (_world, actor) => {
    const { call } = await targetCall(actor);
    return () =>
      updateCallDetails({
        organisation: actor.organisationSlug,
        callId: call.id,
        ...callDetailsInput(),
      });
  },

  "lib/actions/calls/save-eligibility-criteria.ts#saveEligibilityCriteria": async (
    _world,
    actor,
  ) => {
    const { call } = await targetCall(actor);
    return () =>
      saveEligibilityCriteria({
        organisation: actor.organisationSlug,
        callId: call.id,
        criteria: [
          {
            label: "Company incorporated in Hong Kong",
            rule: { type: "yesNo", questionKey: "hk_company", expected: true },
          },
        ],
      });
  },

  "lib/actions/calls/save-form-draft.ts#saveFormDraft": async (_world, actor) => {
    const { call, form } = await targetCall(actor);
    return () =>
      saveFormDraft({
        organisation: actor.organisationSlug,
        callId: call.id,
        definition: SMALL_FORM,
        lastSavedAt: form.updatedAt.toISOString(),
      });
  },

  "lib/actions/calls/save-rubric-draft.ts#saveRubricDraft": async (_world, actor) => {
    const { call, rubric } = await targetCall(actor);
    return () =>
      saveRubricDraft({
        organisation: actor.organisationSlug,
        callId: call.id,
        ...RUBRIC_INPUT,
        lastSavedAt: rubric.updatedAt.toISOString(),
      });
  },

  "lib/actions/calls/publish-call.ts#publishCall": async (_world, actor) => {
    const { call } = await targetCall(actor);
    return () => publishCall({ organisation: actor.organisationSlug, callId: call.id });
  },

  "lib/actions/calls/close-call.ts#closeCall": async (_world, actor) => {
    const { call } = await targetCall(actor, "PUBLISHED");
    return () => closeCall({ organisation: actor.organisationSlug, callId: call.id });
  },
};
