import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { createCall } from "@/lib/actions/calls/create-call";
import { saveEligibilityCriteria } from "@/lib/actions/calls/save-eligibility-criteria";
import { updateCallDetails } from "@/lib/actions/calls/update-call-details";
import { parseHongKongDateTimeInput } from "@/lib/domain/call-times";
import { createApplication } from "../../factories/applications";
import { createReviewerAssignment } from "../../factories/reviews";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import {
  buildSetupWorld,
  callDetailsInput,
  callSnapshot,
  createReadyDraftCall,
} from "./setup-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

describe("createCall", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("creates a draft call whose times are read as Hong Kong time", async () => {
    const world = await buildSetupWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await createCall({
      organisation: world.hkstp.slug,
      programmeId: world.programme.id,
      ...callDetailsInput(),
      opensAt: "2027-03-01T09:00",
      closesAt: "2027-04-30T23:59",
    });
    expect(result.serverError).toBeUndefined();
    expect(result.validationErrors).toBeUndefined();
    const call = await testDb().call.findUniqueOrThrow({ where: { id: result.data!.callId } });
    expect(call).toMatchObject({
      organisationId: world.hkstp.id,
      programmeId: world.programme.id,
      status: "DRAFT",
      publishedAt: null,
      slug: "incu-bio-2027-autumn-intake",
      titleZh: "生物科技培育計劃 2027 秋季",
      intakeSize: 10,
      opensAt: new Date("2027-03-01T01:00:00Z"),
      closesAt: new Date("2027-04-30T15:59:00Z"),
    });
    expect(await auditEventsOf("call.create", world.officer.user.id)).toHaveLength(1);
  });

  it("copies eligibility, the latest form and rubric of an earlier call as version 1 drafts", async () => {
    const world = await buildSetupWorld();
    const earlier = await createReadyDraftCall(world.hkstp.id, { programmeId: world.programme.id });
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await createCall({
      organisation: world.hkstp.slug,
      programmeId: world.programme.id,
      copyFromCallId: earlier.call.id,
      ...callDetailsInput(),
    });
    expect(result.serverError).toBeUndefined();
    const copy = await callSnapshot(result.data!.callId);
    expect(copy.eligibility.map((row) => [row.label, row.rule])).toEqual([
      [
        "Company incorporated in Hong Kong",
        { type: "yesNo", questionKey: "hk_company", expected: true },
      ],
    ]);
    expect(copy.forms.map((form) => [form.version, form.publishedAt, form.definition])).toEqual([
      [1, null, earlier.form.definition],
    ]);
    expect(copy.rubrics).toHaveLength(1);
    expect(copy.rubrics[0]).toMatchObject({ version: 1, publishedAt: null });
    expect(copy.rubrics[0]!.criteria.map((c) => [c.key, c.weight.toString()])).toEqual(
      earlier.rubric.criteria.map((c) => [c.key, c.weight.toString()]),
    );
  });

  it("refuses closing before opening, and another tenant's programme or source call", async () => {
    const world = await buildSetupWorld();
    const foreignCall = await createReadyDraftCall(world.cuhk.id, {
      programmeId: world.foreignProgramme.id,
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const callsBefore = await testDb().call.count();

    const backwards = await createCall({
      organisation: world.hkstp.slug,
      programmeId: world.programme.id,
      ...callDetailsInput(),
      opensAt: "2027-04-30T09:00",
      closesAt: "2027-03-01T09:00",
    });
    expect(backwards.validationErrors).toMatchObject({
      closesAt: { _errors: ["The call must close after it opens"] },
    });
    const foreignProgramme = await createCall({
      organisation: world.hkstp.slug,
      programmeId: world.foreignProgramme.id,
      ...callDetailsInput(),
    });
    expect(foreignProgramme.serverError).toMatchObject({ code: "NOT_FOUND" });
    const foreignSource = await createCall({
      organisation: world.hkstp.slug,
      programmeId: world.programme.id,
      copyFromCallId: foreignCall.call.id,
      ...callDetailsInput(),
    });
    expect(foreignSource.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await testDb().call.count()).toBe(callsBefore);
  });
});

describe("updateCallDetails", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("saves the details and records before and after", async () => {
    const world = await buildSetupWorld();
    const { call } = await createReadyDraftCall(world.hkstp.id, {
      programmeId: world.programme.id,
    });
    auth.user = await sessionUserFor(world.admin.user.id);
    const input = {
      ...callDetailsInput(),
      title: "Incu-Bio 2027 Autumn (extended)",
      intakeSize: null,
    };
    const result = await updateCallDetails({
      organisation: world.hkstp.slug,
      callId: call.id,
      ...input,
    });
    expect(result.serverError).toBeUndefined();
    const saved = await testDb().call.findUniqueOrThrow({ where: { id: call.id } });
    expect(saved).toMatchObject({
      title: "Incu-Bio 2027 Autumn (extended)",
      intakeSize: null,
      closesAt: parseHongKongDateTimeInput(input.closesAt),
    });
    const [event] = await auditEventsOf("call.update_details", world.admin.user.id);
    expect(event).toMatchObject({ targetId: call.id });
    expect((event!.before as { title: string }).title).toBe(call.title);
  });

  it("refuses to switch blind review once reviewers are assigned", async () => {
    const world = await buildSetupWorld();
    const { call } = await createReadyDraftCall(world.hkstp.id, {
      programmeId: world.programme.id,
    });
    const application = await createApplication(testDb(), {
      organisationId: world.hkstp.id,
      callId: call.id,
      status: "IN_REVIEW",
    });
    await createReviewerAssignment(testDb(), {
      organisationId: world.hkstp.id,
      applicationId: application.id,
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const before = await callSnapshot(call.id);
    const result = await updateCallDetails({
      organisation: world.hkstp.slug,
      callId: call.id,
      ...callDetailsInput(),
      isBlindReview: true,
    });
    expect(result.serverError).toMatchObject({
      code: "CONFLICT",
      message:
        "Reviewers are already assigned to this call, so blind review can no longer be switched.",
    });
    expect(await callSnapshot(call.id)).toEqual(before);
  });

  it("returns NOT_FOUND for another tenant's call and changes nothing", async () => {
    const world = await buildSetupWorld();
    const foreign = await createReadyDraftCall(world.cuhk.id, {
      programmeId: world.foreignProgramme.id,
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const before = await callSnapshot(foreign.call.id);
    const result = await updateCallDetails({
      organisation: world.hkstp.slug,
      callId: foreign.call.id,
      ...callDetailsInput(),
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await callSnapshot(foreign.call.id)).toEqual(before);
  });
});

describe("saveEligibilityCriteria", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("replaces the criteria in order, with automatic checks or self-declared", async () => {
    const world = await buildSetupWorld();
    const { call } = await createReadyDraftCall(world.hkstp.id, {
      programmeId: world.programme.id,
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await saveEligibilityCriteria({
      organisation: world.hkstp.slug,
      callId: call.id,
      criteria: [
        {
          label: "Company incorporated in Hong Kong",
          labelZh: "於香港註冊成立的公司",
          rule: { type: "yesNo", questionKey: "hk_company", expected: true },
        },
        {
          label: "Biotechnology is the core business",
          description: "Checked at screening.",
          rule: null,
        },
      ],
    });
    expect(result.serverError).toBeUndefined();
    const rows = await testDb().eligibilityCriterion.findMany({
      where: { callId: call.id },
      orderBy: { position: "asc" },
    });
    expect(
      rows.map((row) => [row.position, row.label, row.labelZh, row.description, row.rule]),
    ).toEqual([
      [
        0,
        "Company incorporated in Hong Kong",
        "於香港註冊成立的公司",
        null,
        { type: "yesNo", questionKey: "hk_company", expected: true },
      ],
      [1, "Biotechnology is the core business", null, "Checked at screening.", null],
    ]);
    expect(await auditEventsOf("call.save_eligibility", world.officer.user.id)).toHaveLength(1);
  });

  it("refuses another tenant's call and a closed call, changing nothing", async () => {
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
    const criteria = [{ label: "Anything at all", rule: null }];
    expect(
      (
        await saveEligibilityCriteria({
          organisation: world.hkstp.slug,
          callId: foreign.call.id,
          criteria,
        })
      ).serverError,
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(
      (
        await saveEligibilityCriteria({
          organisation: world.hkstp.slug,
          callId: closed.call.id,
          criteria,
        })
      ).serverError,
    ).toMatchObject({ code: "CONFLICT" });
    expect(await callSnapshot(foreign.call.id)).toEqual(foreignBefore);
    expect(await callSnapshot(closed.call.id)).toEqual(closedBefore);
  });
});
