import { mkdtemp, readdir, rm } from "node:fs/promises";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { setStorageForTests } from "@/lib/storage";
import { downloadAttachment, removeAttachment, uploadAttachment } from "@/lib/uploads/attachments";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { setUpApplicant } from "../applications/applicant";
import { auditEventsOf, sessionUserFor } from "../members/session-user";

const request = { ipAddress: "127.0.0.1", userAgent: "vitest" };
const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(process.cwd(), "tests/fixtures/files", name)));

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "incubase-uploads-"));
  setStorageForTests(createLocalStorage(root));
});
afterAll(async () => {
  setStorageForTests(undefined);
  await rm(root, { recursive: true, force: true });
});

async function storedFiles(): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

async function failure(run: Promise<unknown>) {
  try {
    await run;
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message };
  }
  throw new Error("expected a refusal");
}

describe("attachments", () => {
  it("stores a founder's PDF on their draft, for the operator's tenant, with an audit event", async () => {
    const { hkstp, startup, founder, draft } = await setUpApplicant();
    const user = await sessionUserFor(founder.user.id);
    const bytes = fixture("receipt.pdf");
    const uploaded = await uploadAttachment({
      user,
      organisationSlug: startup.slug,
      target: "application",
      targetId: draft.id,
      kind: "PITCH_DECK",
      file: { name: "deck.pdf", bytes },
      request,
    });
    const row = await testDb().attachment.findUniqueOrThrow({ where: { id: uploaded.id } });
    expect(row).toMatchObject({
      organisationId: hkstp.id,
      applicationId: draft.id,
      kind: "PITCH_DECK",
      fileName: "deck.pdf",
      mimeType: "application/pdf",
      sizeBytes: bytes.byteLength,
      uploadedById: founder.user.id,
    });
    expect(await auditEventsOf("attachment.upload", founder.user.id)).toHaveLength(1);

    const downloaded = await downloadAttachment({
      user,
      organisationSlug: startup.slug,
      attachmentId: uploaded.id,
    });
    expect(Buffer.from(downloaded.bytes).equals(Buffer.from(bytes))).toBe(true);

    const officer = await createMember(testDb(), {
      organisationId: hkstp.id,
      role: "PROGRAMME_OFFICER",
    });
    const asOfficer = await downloadAttachment({
      user: await sessionUserFor(officer.user.id),
      organisationSlug: hkstp.slug,
      attachmentId: uploaded.id,
    });
    expect(asOfficer.fileName).toBe("deck.pdf");
  });

  it("refuses a disguised file before anything is written", async () => {
    const { startup, founder, draft } = await setUpApplicant();
    const before = (await storedFiles()).length;
    const refused = await failure(
      uploadAttachment({
        user: await sessionUserFor(founder.user.id),
        organisationSlug: startup.slug,
        target: "application",
        targetId: draft.id,
        file: { name: "invoice.pdf", bytes: fixture("invoice.pdf") },
        request,
      }),
    );
    expect(refused.code).toBe("INVALID");
    expect(await testDb().attachment.count({ where: { applicationId: draft.id } })).toBe(0);
    expect((await storedFiles()).length).toBe(before);
  });

  it("gives another start-up NOT_FOUND for the draft and for its files, changing nothing", async () => {
    const { startup, founder, otherStartup, otherFounder, draft } = await setUpApplicant();
    const uploaded = await uploadAttachment({
      user: await sessionUserFor(founder.user.id),
      organisationSlug: startup.slug,
      target: "application",
      targetId: draft.id,
      file: { name: "plan.docx", bytes: fixture("business-plan.docx") },
      request,
    });
    const intruder = await sessionUserFor(otherFounder.user.id);
    const upload = await failure(
      uploadAttachment({
        user: intruder,
        organisationSlug: otherStartup.slug,
        target: "application",
        targetId: draft.id,
        file: { name: "x.pdf", bytes: fixture("receipt.pdf") },
        request,
      }),
    );
    expect(upload.code).toBe("NOT_FOUND");
    const read = await failure(
      downloadAttachment({
        user: intruder,
        organisationSlug: otherStartup.slug,
        attachmentId: uploaded.id,
      }),
    );
    expect(read.code).toBe("NOT_FOUND");
    const remove = await failure(
      removeAttachment({
        user: intruder,
        organisationSlug: otherStartup.slug,
        attachmentId: uploaded.id,
        request,
      }),
    );
    expect(remove.code).toBe("NOT_FOUND");
    // Naming the victim's organisation does not help: not a member there.
    const named = await failure(
      downloadAttachment({
        user: intruder,
        organisationSlug: startup.slug,
        attachmentId: uploaded.id,
      }),
    );
    expect(named.code).toBe("NOT_FOUND");
    expect(await testDb().attachment.count({ where: { applicationId: draft.id } })).toBe(1);
  });

  it("lets the founder remove a file while drafting, and locks files once submitted", async () => {
    const { startup, founder, draft } = await setUpApplicant();
    const user = await sessionUserFor(founder.user.id);
    const upload = () =>
      uploadAttachment({
        user,
        organisationSlug: startup.slug,
        target: "application",
        targetId: draft.id,
        file: { name: "deck.pdf", bytes: fixture("receipt.pdf") },
        request,
      });
    const first = await upload();
    const kept = await upload();
    const before = (await storedFiles()).length;
    await removeAttachment({
      user,
      organisationSlug: startup.slug,
      attachmentId: first.id,
      request,
    });
    expect(await testDb().attachment.findUnique({ where: { id: first.id } })).toBeNull();
    expect((await storedFiles()).length).toBe(before - 1);

    await testDb().application.update({ where: { id: draft.id }, data: { status: "SUBMITTED" } });
    const late = await failure(upload());
    expect(late).toEqual({
      code: "CONFLICT",
      message: `${draft.reference} has been submitted; its files can no longer change.`,
    });
    const removeLate = await failure(
      removeAttachment({ user, organisationSlug: startup.slug, attachmentId: kept.id, request }),
    );
    expect(removeLate.code).toBe("CONFLICT");
    expect(await testDb().attachment.count({ where: { applicationId: draft.id } })).toBe(1);
  });

  it("refuses roles without the target's permission", async () => {
    const { hkstp, draft } = await setUpApplicant();
    const officer = await createMember(testDb(), {
      organisationId: hkstp.id,
      role: "PROGRAMME_OFFICER",
    });
    const refused = await failure(
      uploadAttachment({
        user: await sessionUserFor(officer.user.id),
        organisationSlug: hkstp.slug,
        target: "application",
        targetId: draft.id,
        file: { name: "deck.pdf", bytes: fixture("receipt.pdf") },
        request,
      }),
    );
    expect(refused.code).toBe("FORBIDDEN");
    expect(await testDb().attachment.count({ where: { applicationId: draft.id } })).toBe(0);
  });
});
