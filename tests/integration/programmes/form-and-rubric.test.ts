import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { saveFormDraft } from "@/lib/actions/calls/save-form-draft";
import { saveRubricDraft } from "@/lib/actions/calls/save-rubric-draft";
import { formDefinitionSchema } from "@/lib/schemas/forms";
import { createApplication } from "../../factories/applications";
import { createReview, createReviewerAssignment } from "../../factories/reviews";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import {
  buildSetupWorld,
  callSnapshot,
  createReadyDraftCall,
  RUBRIC_INPUT,
  SMALL_FORM,
  type FormInput,
} from "./setup-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const LONGER_FORM: FormInput = {
  sections: [
    ...SMALL_FORM.sections,
    {
      key: "science",
      title: "Science",
      questions: [
        {
          key: "stage",
          type: "singleChoice",
          label: "Development stage",
          required: true,
          options: [
            { value: "preclinical", label: "Preclinical" },
            { value: "clinical", label: "Clinical" },
          ],
        },
        {
          key: "trial_sites",
          type: "longText",
          label: "Trial sites",
          maxLength: 1000,
          showIf: { questionKey: "stage", anyOf: ["clinical"] },
        },
      ],
    },
  ],
};

/** A call of HKSTP with nothing but its details (no form, no rubric yet). */
async function bareCall(world: Awaited<ReturnType<typeof buildSetupWorld>>) {
  return testDb().call.create({
    data: {
      organisationId: world.hkstp.id,
      programmeId: world.programme.id,
      slug: `bare-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`,
      title: "Bare call",
      opensAt: new Date("2027-03-01T01:00:00Z"),
      closesAt: new Date("2027-04-30T15:59:00Z"),
    },
  });
}

describe("saveFormDraft", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("starts draft version 1, then keeps saving into it; a stale editor gets CONFLICT", async () => {
    const world = await buildSetupWorld();
    const call = await bareCall(world);
    auth.user = await sessionUserFor(world.officer.user.id);

    const first = await saveFormDraft({
      organisation: world.hkstp.slug,
      callId: call.id,
      definition: SMALL_FORM,
      lastSavedAt: null,
    });
    expect(first.serverError).toBeUndefined();
    expect(first.data).toMatchObject({ version: 1, questionCount: 3, problems: [] });

    const second = await saveFormDraft({
      organisation: world.hkstp.slug,
      callId: call.id,
      definition: LONGER_FORM,
      lastSavedAt: first.data!.savedAt,
    });
    expect(second.data).toMatchObject({ version: 1, questionCount: 5 });

    // Another officer's tab still holds the first save's stamp.
    const stale = await saveFormDraft({
      organisation: world.hkstp.slug,
      callId: call.id,
      definition: SMALL_FORM,
      lastSavedAt: first.data!.savedAt,
    });
    expect(stale.serverError).toMatchObject({ code: "CONFLICT" });

    const forms = await testDb().applicationForm.findMany({ where: { callId: call.id } });
    expect(forms.map((form) => [form.version, form.publishedAt, form.definition])).toEqual([
      // Stored as parsed: optional flags get their defaults (required: false).
      [1, null, formDefinitionSchema.parse(LONGER_FORM)],
    ]);
    expect(await auditEventsOf("call.save_form_draft", world.officer.user.id)).toHaveLength(2);
  });

  it("saves a draft with problems and says what they are", async () => {
    const world = await buildSetupWorld();
    const call = await bareCall(world);
    auth.user = await sessionUserFor(world.officer.user.id);
    const [company, science] = LONGER_FORM.sections;
    const reordered: FormInput = { sections: [science!, company!] };
    const withBadOption: FormInput = {
      sections: [
        {
          ...reordered.sections[0]!,
          questions: [
            reordered.sections[0]!.questions[0]!,
            {
              ...reordered.sections[0]!.questions[1]!,
              showIf: { questionKey: "stage", anyOf: ["phase_iv"] },
            },
          ],
        },
        reordered.sections[1]!,
      ],
    };
    const result = await saveFormDraft({
      organisation: world.hkstp.slug,
      callId: call.id,
      definition: withBadOption,
      lastSavedAt: null,
    });
    expect(result.data?.problems).toEqual([
      {
        sectionIndex: 0,
        questionIndex: 1,
        questionKey: "trial_sites",
        message: "“Development stage” has no option “phase_iv”.",
      },
    ]);
  });

  it("refuses a definition with an unknown question type (validation), another tenant's call and a closed call", async () => {
    const world = await buildSetupWorld();
    const foreign = await createReadyDraftCall(world.cuhk.id, {
      programmeId: world.foreignProgramme.id,
    });
    const closed = await createReadyDraftCall(world.hkstp.id, {
      programmeId: world.programme.id,
      status: "CLOSED",
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const foreignBefore = await callSnapshot(foreign.call.id);
    const closedBefore = await callSnapshot(closed.call.id);

    const hologram = await saveFormDraft({
      organisation: world.hkstp.slug,
      callId: closed.call.id,
      definition: {
        sections: [
          { key: "s", title: "S", questions: [{ key: "a", type: "hologram", label: "A" }] },
        ],
      } as never,
      lastSavedAt: null,
    });
    expect(hologram.validationErrors).toBeDefined();
    const foreignSave = await saveFormDraft({
      organisation: world.hkstp.slug,
      callId: foreign.call.id,
      definition: LONGER_FORM,
      lastSavedAt: foreign.form.updatedAt.toISOString(),
    });
    expect(foreignSave.serverError).toMatchObject({ code: "NOT_FOUND" });
    const closedSave = await saveFormDraft({
      organisation: world.hkstp.slug,
      callId: closed.call.id,
      definition: LONGER_FORM,
      lastSavedAt: closed.form.updatedAt.toISOString(),
    });
    expect(closedSave.serverError).toMatchObject({ code: "CONFLICT" });
    expect(await callSnapshot(foreign.call.id)).toEqual(foreignBefore);
    expect(await callSnapshot(closed.call.id)).toEqual(closedBefore);
  });
});

describe("saveRubricDraft", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("stores percentages as exact weights; a draft may be incomplete", async () => {
    const world = await buildSetupWorld();
    const call = await bareCall(world);
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await saveRubricDraft({
      organisation: world.hkstp.slug,
      callId: call.id,
      ...RUBRIC_INPUT,
      criteria: [
        { key: "science", label: "Scientific merit", weightPercent: "33.33" },
        { key: "team", label: "Team", weightPercent: "33.33" },
      ],
      lastSavedAt: null,
    });
    expect(result.data).toMatchObject({
      version: 1,
      isLive: false,
      problems: ["The weights add up to 66.66 %; they must add up to 100 %."],
    });
    const [rubric] = await testDb().reviewRubric.findMany({
      where: { callId: call.id },
      include: { criteria: { orderBy: { position: "asc" } } },
    });
    expect(rubric!.criteria.map((c) => [c.key, c.weight.toString()])).toEqual([
      ["science", "0.3333"],
      ["team", "0.3333"],
    ]);
    expect(await auditEventsOf("call.save_rubric", world.officer.user.id)).toHaveLength(1);
  });

  it("corrects a published rubric in place while no review uses it, but only when complete", async () => {
    const world = await buildSetupWorld();
    const { call, rubric } = await createReadyDraftCall(world.hkstp.id, {
      programmeId: world.programme.id,
      status: "PUBLISHED",
    });
    const published = await testDb().reviewRubric.update({
      where: { id: rubric.id },
      data: { publishedAt: new Date() },
    });
    auth.user = await sessionUserFor(world.officer.user.id);

    const incomplete = await saveRubricDraft({
      organisation: world.hkstp.slug,
      callId: call.id,
      ...RUBRIC_INPUT,
      criteria: RUBRIC_INPUT.criteria.slice(0, 2),
      lastSavedAt: published.updatedAt.toISOString(),
    });
    expect(incomplete.serverError).toMatchObject({
      code: "INVALID",
      message:
        "Reviewers use this rubric as soon as it is saved: The weights add up to 75 %; they must add up to 100 %.",
    });

    const result = await saveRubricDraft({
      organisation: world.hkstp.slug,
      callId: call.id,
      ...RUBRIC_INPUT,
      lastSavedAt: published.updatedAt.toISOString(),
    });
    expect(result.data).toMatchObject({ version: 1, isLive: true, problems: [] });
    const rubrics = await testDb().reviewRubric.findMany({
      where: { callId: call.id },
      include: { criteria: { orderBy: { position: "asc" } } },
    });
    expect(rubrics).toHaveLength(1);
    expect(rubrics[0]!.publishedAt).not.toBeNull();
    expect(rubrics[0]!.criteria.map((c) => c.key)).toEqual(["science", "team", "fit"]);
  });

  it("starts version N+1 once a review exists, leaving the scored criteria alone", async () => {
    const world = await buildSetupWorld();
    const { call, rubric } = await createReadyDraftCall(world.hkstp.id, {
      programmeId: world.programme.id,
      status: "PUBLISHED",
    });
    await testDb().reviewRubric.update({
      where: { id: rubric.id },
      data: { publishedAt: new Date() },
    });
    const application = await createApplication(testDb(), {
      organisationId: world.hkstp.id,
      callId: call.id,
      status: "IN_REVIEW",
    });
    const assignment = await createReviewerAssignment(testDb(), {
      organisationId: world.hkstp.id,
      applicationId: application.id,
    });
    await createReview(testDb(), {
      organisationId: world.hkstp.id,
      applicationId: application.id,
      assignmentId: assignment.id,
      reviewerId: assignment.reviewerId,
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const before = await testDb().rubricCriterion.findMany({ where: { rubricId: rubric.id } });

    const result = await saveRubricDraft({
      organisation: world.hkstp.slug,
      callId: call.id,
      ...RUBRIC_INPUT,
      lastSavedAt: null,
    });
    expect(result.data).toMatchObject({ version: 2, isLive: false });
    expect(await testDb().rubricCriterion.findMany({ where: { rubricId: rubric.id } })).toEqual(
      before,
    );
    const versions = await testDb().reviewRubric.findMany({
      where: { callId: call.id },
      orderBy: { version: "asc" },
      select: { version: true, publishedAt: true },
    });
    expect(versions.map((row) => [row.version, row.publishedAt === null])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it("refuses another tenant's call, changing nothing", async () => {
    const world = await buildSetupWorld();
    const foreign = await createReadyDraftCall(world.cuhk.id, {
      programmeId: world.foreignProgramme.id,
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const before = await callSnapshot(foreign.call.id);
    const result = await saveRubricDraft({
      organisation: world.hkstp.slug,
      callId: foreign.call.id,
      ...RUBRIC_INPUT,
      lastSavedAt: foreign.rubric.updatedAt.toISOString(),
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await callSnapshot(foreign.call.id)).toEqual(before);
  });
});
