import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { startApplication } from "@/lib/actions/applications/start-application";
import { closeCall } from "@/lib/actions/calls/close-call";
import { publishCall } from "@/lib/actions/calls/publish-call";
import { saveFormDraft } from "@/lib/actions/calls/save-form-draft";
import { createStartup } from "../../factories/organisations";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import {
  buildSetupWorld,
  callSnapshot,
  createReadyDraftCall,
  SMALL_FORM,
  type FormInput,
} from "./setup-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

/** A start-up with a founder, signed in, starting an application to the call. */
async function applyAs(callId: string) {
  const startup = await createStartup(testDb());
  const founder = await createMember(testDb(), {
    organisationId: startup.id,
    role: "STARTUP_MEMBER",
  });
  auth.user = await sessionUserFor(founder.user.id);
  const result = await startApplication({
    organisation: startup.slug,
    callId,
    projectTitle: "CAR-T for nasopharyngeal carcinoma",
  });
  return { result, startup };
}

describe("publishCall", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("publishes a complete call with form version 1 and rubric version 1", async () => {
    const world = await buildSetupWorld();
    const { call, form, rubric } = await createReadyDraftCall(world.hkstp.id, {
      programmeId: world.programme.id,
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await publishCall({ organisation: world.hkstp.slug, callId: call.id });
    expect(result.serverError).toBeUndefined();
    expect(result.data).toMatchObject({
      formVersion: 1,
      rubricVersion: 1,
      isFirstPublication: true,
    });

    const after = await callSnapshot(call.id);
    expect(after.call.status).toBe("PUBLISHED");
    expect(after.call.publishedAt).toBeInstanceOf(Date);
    expect(after.forms.map((row) => [row.id, row.publishedAt])).toEqual([
      [form.id, after.call.publishedAt],
    ]);
    expect(after.rubrics.map((row) => [row.id, row.publishedAt])).toEqual([
      [rubric.id, after.call.publishedAt],
    ]);
    const [event] = await auditEventsOf("call.publish", world.officer.user.id);
    expect(event).toMatchObject({ targetId: call.id, organisationId: world.hkstp.id });
  });

  it("refuses an incomplete call and says why, changing nothing", async () => {
    const world = await buildSetupWorld();
    const { call, rubric } = await createReadyDraftCall(world.hkstp.id, {
      programmeId: world.programme.id,
    });
    await testDb().eligibilityCriterion.deleteMany({ where: { callId: call.id } });
    await testDb().rubricCriterion.updateMany({
      where: { rubricId: rubric.id, key: "team" },
      data: { weight: "0.1900" },
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const before = await callSnapshot(call.id);
    const result = await publishCall({ organisation: world.hkstp.slug, callId: call.id });
    expect(result.serverError).toEqual({
      code: "INVALID",
      message:
        "The call is not ready to publish: Add at least one eligibility criterion. The weights add up to 99 %; they must add up to 100 %.",
    });
    expect(await callSnapshot(call.id)).toEqual(before);
  });

  it("publishes a new form version after publishing: new applications use it, earlier ones keep theirs", async () => {
    const world = await buildSetupWorld();
    const { call, form: version1 } = await createReadyDraftCall(world.hkstp.id, {
      programmeId: world.programme.id,
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    expect(
      (await publishCall({ organisation: world.hkstp.slug, callId: call.id })).serverError,
    ).toBeUndefined();

    const version1Published = await testDb().applicationForm.findUniqueOrThrow({
      where: { id: version1.id },
    });
    const early = await applyAs(call.id);
    expect(early.result.serverError).toBeUndefined();

    // The officer adds a question: it becomes draft version 2, invisible to applicants.
    auth.user = await sessionUserFor(world.officer.user.id);
    const changed: FormInput = {
      sections: [
        {
          ...SMALL_FORM.sections[0]!,
          questions: [
            ...SMALL_FORM.sections[0]!.questions,
            { key: "ip_summary", type: "longText", label: "IP position", required: true },
          ],
        },
      ],
    };
    const saved = await saveFormDraft({
      organisation: world.hkstp.slug,
      callId: call.id,
      definition: changed,
      lastSavedAt: null,
    });
    expect(saved.data).toMatchObject({ version: 2 });
    const beforeV2 = await applyAs(call.id);

    auth.user = await sessionUserFor(world.officer.user.id);
    const published = await publishCall({ organisation: world.hkstp.slug, callId: call.id });
    expect(published.data).toMatchObject({
      formVersion: 2,
      rubricVersion: null,
      isFirstPublication: false,
    });
    const late = await applyAs(call.id);

    const formOf = async (applicationId: string) =>
      (await testDb().application.findUniqueOrThrow({ where: { id: applicationId } })).formId;
    expect(await formOf(early.result.data!.applicationId)).toBe(version1.id);
    expect(await formOf(beforeV2.result.data!.applicationId)).toBe(version1.id);
    expect(await formOf(late.result.data!.applicationId)).toBe(saved.data!.formId);
    // Version 1 itself is untouched since it was published.
    expect(
      await testDb().applicationForm.findUniqueOrThrow({ where: { id: version1.id } }),
    ).toEqual(version1Published);
    expect(await auditEventsOf("call.publish_changes", world.officer.user.id)).toHaveLength(1);
  });

  it("says there is nothing to publish when a published call has no draft", async () => {
    const world = await buildSetupWorld();
    const { call } = await createReadyDraftCall(world.hkstp.id, {
      programmeId: world.programme.id,
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    await publishCall({ organisation: world.hkstp.slug, callId: call.id });
    const again = await publishCall({ organisation: world.hkstp.slug, callId: call.id });
    expect(again.serverError).toEqual({
      code: "CONFLICT",
      message: "Nothing to publish: the form and the rubric have no unpublished changes.",
    });
  });

  it("returns NOT_FOUND for another tenant's call and changes nothing", async () => {
    const world = await buildSetupWorld();
    const foreign = await createReadyDraftCall(world.cuhk.id, {
      programmeId: world.foreignProgramme.id,
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const before = await callSnapshot(foreign.call.id);
    const result = await publishCall({ organisation: world.hkstp.slug, callId: foreign.call.id });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await callSnapshot(foreign.call.id)).toEqual(before);
  });
});

describe("closeCall", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("closes an open call now: no new application can start", async () => {
    const world = await buildSetupWorld();
    const { call } = await createReadyDraftCall(world.hkstp.id, {
      programmeId: world.programme.id,
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    await publishCall({ organisation: world.hkstp.slug, callId: call.id });
    const started = Date.now();
    const result = await closeCall({ organisation: world.hkstp.slug, callId: call.id });
    expect(result.serverError).toBeUndefined();
    const closed = await testDb().call.findUniqueOrThrow({ where: { id: call.id } });
    expect(closed.status).toBe("CLOSED");
    expect(closed.closesAt.getTime()).toBeGreaterThanOrEqual(started - 1000);
    expect(closed.closesAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await auditEventsOf("call.close", world.officer.user.id)).toHaveLength(1);

    const late = await applyAs(call.id);
    expect(late.result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await testDb().application.count({ where: { callId: call.id } })).toBe(0);
  });

  it("refuses a draft call and another tenant's call, changing nothing", async () => {
    const world = await buildSetupWorld();
    const draft = await createReadyDraftCall(world.hkstp.id, { programmeId: world.programme.id });
    const foreign = await createReadyDraftCall(world.cuhk.id, {
      programmeId: world.foreignProgramme.id,
      status: "PUBLISHED",
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const draftBefore = await callSnapshot(draft.call.id);
    const foreignBefore = await callSnapshot(foreign.call.id);
    expect(
      (await closeCall({ organisation: world.hkstp.slug, callId: draft.call.id })).serverError,
    ).toMatchObject({
      code: "CONFLICT",
    });
    expect(
      (await closeCall({ organisation: world.hkstp.slug, callId: foreign.call.id })).serverError,
    ).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await callSnapshot(draft.call.id)).toEqual(draftBefore);
    expect(await callSnapshot(foreign.call.id)).toEqual(foreignBefore);
  });
});
