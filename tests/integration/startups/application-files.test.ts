// File questions of the application form: the answer is the list of the application's own
// attachment ids; a required one blocks submission until a file is attached, and the officer
// sees (and can download) exactly the files the answer names.
import { mkdtemp, rm } from "node:fs/promises";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { saveApplicationDraft } from "@/lib/actions/applications/save-application-draft";
import { submitApplication } from "@/lib/actions/applications/submit-application";
import type { SessionUser } from "@/lib/auth/session";
import { getOfficerApplication } from "@/lib/data/reviews/get-officer-application";
import { setStorageForTests } from "@/lib/storage";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { removeAttachment, uploadAttachment } from "@/lib/uploads/attachments";
import { createApplication, createAttachment } from "../../factories/applications";
import { createApplicationForm, createCall, FACTORY_FORM_DEFINITION } from "../../factories/calls";
import { createOperator, createStartup } from "../../factories/organisations";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { sessionUserFor } from "../members/session-user";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const request = { ipAddress: null, userAgent: "vitest" };
const pdf = new Uint8Array(
  readFileSync(path.join(process.cwd(), "tests/fixtures/files/receipt.pdf")),
);

/** The factory form with its pitch deck made required. */
const DEFINITION = {
  sections: FACTORY_FORM_DEFINITION.sections.map((section) => ({
    ...section,
    questions: section.questions.map((question) =>
      question.key === "pitch_deck" ? { ...question, required: true } : question,
    ),
  })),
};

const ANSWERS = {
  project_summary: "Autologous CAR-T targeting EBV antigens in nasopharyngeal carcinoma.",
  hk_company: false,
  funding_requested: 450_000_000,
};

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "incubase-application-files-"));
  setStorageForTests(createLocalStorage(root));
});
afterAll(async () => {
  setStorageForTests(undefined);
  await rm(root, { recursive: true, force: true });
});

async function draftWithRequiredFile() {
  const db = testDb();
  const operator = await createOperator(db);
  const officer = await createMember(db, {
    organisationId: operator.id,
    role: "PROGRAMME_OFFICER",
  });
  const call = await createCall(db, { organisationId: operator.id });
  const form = await createApplicationForm(db, {
    callId: call.id,
    organisationId: operator.id,
    definition: DEFINITION,
  });
  const startup = await createStartup(db);
  const founder = await createMember(db, { organisationId: startup.id, role: "STARTUP_MEMBER" });
  const draft = await createApplication(db, {
    organisationId: operator.id,
    callId: call.id,
    formId: form.id,
    startupId: startup.id,
    createdById: founder.user.id,
  });
  auth.user = await sessionUserFor(founder.user.id);
  const saved = await saveApplicationDraft({
    organisation: startup.slug,
    applicationId: draft.id,
    version: 0,
    answers: ANSWERS,
  });
  expect(saved.serverError).toBeUndefined();
  return { operator, officer, call, startup, founder, draft, version: saved.data!.version };
}

const statusOf = async (id: string) =>
  (await testDb().application.findUniqueOrThrow({ where: { id } })).status;

describe("file questions", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("blocks submission while a required file question has no file, with a clear message", async () => {
    const { startup, draft, version } = await draftWithRequiredFile();
    const result = await submitApplication({
      organisation: startup.slug,
      applicationId: draft.id,
      version,
    });
    expect(result.serverError).toEqual({
      code: "INVALID",
      message: "Before you submit: Pitch deck is required: upload the file.",
    });
    expect(await statusOf(draft.id)).toBe("DRAFT");
  });

  it("submits once the file is uploaded and answered, and the officer sees that file only", async () => {
    const { operator, officer, call, startup, draft, version } = await draftWithRequiredFile();
    const uploaded = await uploadAttachment({
      user: auth.user!,
      organisationSlug: startup.slug,
      target: "application",
      targetId: draft.id,
      kind: "PITCH_DECK",
      file: { name: "HK-101 pitch deck.pdf", bytes: pdf },
      request,
    });
    // Another start-up's file to the same operator: naming it in the answer shows nothing.
    const stranger = await createAttachment(testDb(), { organisationId: operator.id });
    const saved = await saveApplicationDraft({
      organisation: startup.slug,
      applicationId: draft.id,
      version,
      answers: { pitch_deck: [uploaded.id, stranger.id] },
    });
    expect(saved.serverError).toBeUndefined();
    const submitted = await submitApplication({
      organisation: startup.slug,
      applicationId: draft.id,
      version: saved.data!.version,
    });
    expect(submitted.serverError).toBeUndefined();
    expect(await statusOf(draft.id)).toBe("SUBMITTED");

    const view = await runWithTenant({ userId: officer.user.id, organisationId: operator.id }, () =>
      getOfficerApplication({
        organisationId: operator.id,
        callId: call.id,
        applicationId: draft.id,
      }),
    );
    const deck = view?.sections
      .flatMap((section) => section.answers)
      .find((a) => a.key === "pitch_deck");
    expect(deck?.value).toEqual([
      expect.objectContaining({ id: uploaded.id, fileName: "HK-101 pitch deck.pdf" }),
    ]);
  });

  it("does not count a file removed after it was answered", async () => {
    const { startup, draft, version } = await draftWithRequiredFile();
    const uploaded = await uploadAttachment({
      user: auth.user!,
      organisationSlug: startup.slug,
      target: "application",
      targetId: draft.id,
      file: { name: "deck.pdf", bytes: pdf },
      request,
    });
    const saved = await saveApplicationDraft({
      organisation: startup.slug,
      applicationId: draft.id,
      version,
      answers: { pitch_deck: [uploaded.id] },
    });
    await removeAttachment({
      user: auth.user!,
      organisationSlug: startup.slug,
      attachmentId: uploaded.id,
      request,
    });
    const result = await submitApplication({
      organisation: startup.slug,
      applicationId: draft.id,
      version: saved.data!.version,
    });
    expect(result.serverError).toMatchObject({ code: "INVALID" });
    expect((result.serverError as { message: string }).message).toContain(
      "Pitch deck is required: upload the file.",
    );
    expect(await statusOf(draft.id)).toBe("DRAFT");
  });

  it("refuses an answer that is not a list of file ids", async () => {
    const { startup, draft, version } = await draftWithRequiredFile();
    const saved = await saveApplicationDraft({
      organisation: startup.slug,
      applicationId: draft.id,
      version,
      answers: { pitch_deck: "deck.pdf" },
    });
    expect(saved.serverError).toMatchObject({ code: "INVALID" });
  });
});
