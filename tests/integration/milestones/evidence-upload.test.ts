import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setStorageForTests } from "@/lib/storage";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { downloadAttachment, removeAttachment, uploadAttachment } from "@/lib/uploads/attachments";
import { createMilestoneEvidence } from "../../factories/milestones";
import { testDb } from "../../setup/test-database";
import { sessionUserFor } from "../members/session-user";
import { buildMilestoneWorld } from "./milestone-world";

const request = { ipAddress: "127.0.0.1", userAgent: "vitest" };
const pdf = () =>
  new Uint8Array(readFileSync(path.join(process.cwd(), "tests/fixtures/files", "receipt.pdf")));

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "incubase-evidence-"));
  setStorageForTests(createLocalStorage(root));
});
afterAll(async () => {
  setStorageForTests(undefined);
  await rm(root, { recursive: true, force: true });
});

async function refusal(run: Promise<unknown>) {
  try {
    await run;
  } catch (error) {
    return (error as { code?: string }).code;
  }
  throw new Error("expected a refusal");
}

async function submittedEvidence() {
  const world = await buildMilestoneWorld();
  const milestone = await world.milestone("SUBMITTED");
  const evidence = await createMilestoneEvidence(testDb(), {
    organisationId: world.hkstp.id,
    milestoneId: milestone.id,
    submittedById: world.founder.user.id,
  });
  return { world, milestone, evidence };
}

describe("the milestone-evidence upload target", () => {
  it("takes the founder's files on evidence waiting for assessment, for the operator's tenant", async () => {
    const { world, evidence } = await submittedEvidence();
    const founder = await sessionUserFor(world.founder.user.id);
    const uploaded = await uploadAttachment({
      user: founder,
      organisationSlug: world.startup.slug,
      target: "milestone-evidence",
      targetId: evidence.id,
      file: { name: "certificate-of-analysis.pdf", bytes: pdf() },
      request,
    });
    expect(
      await testDb().attachment.findUniqueOrThrow({ where: { id: uploaded.id } }),
    ).toMatchObject({
      organisationId: world.hkstp.id,
      milestoneEvidenceId: evidence.id,
      kind: "MILESTONE_EVIDENCE",
      uploadedById: world.founder.user.id,
    });
    // The officer reads it; the founder may still remove it before the assessment.
    const officer = await sessionUserFor(world.officer.user.id);
    const downloaded = await downloadAttachment({
      user: officer,
      organisationSlug: world.hkstp.slug,
      attachmentId: uploaded.id,
    });
    expect(downloaded.fileName).toBe("certificate-of-analysis.pdf");
    await removeAttachment({
      user: founder,
      organisationSlug: world.startup.slug,
      attachmentId: uploaded.id,
      request,
    });
    expect(await testDb().attachment.count({ where: { milestoneEvidenceId: evidence.id } })).toBe(
      0,
    );
  });

  it("freezes the files once the evidence is assessed or replaced", async () => {
    const { world, milestone, evidence } = await submittedEvidence();
    const founder = await sessionUserFor(world.founder.user.id);
    await testDb().milestone.update({ where: { id: milestone.id }, data: { status: "ACHIEVED" } });
    const upload = () =>
      uploadAttachment({
        user: founder,
        organisationSlug: world.startup.slug,
        target: "milestone-evidence",
        targetId: evidence.id,
        file: { name: "late.pdf", bytes: pdf() },
        request,
      });
    expect(await refusal(upload())).toBe("CONFLICT");
    await testDb().milestone.update({ where: { id: milestone.id }, data: { status: "SUBMITTED" } });
    await createMilestoneEvidence(testDb(), {
      organisationId: world.hkstp.id,
      milestoneId: milestone.id,
      submittedById: world.founder.user.id,
      createdAt: new Date(Date.now() + 1000),
    });
    expect(await refusal(upload())).toBe("CONFLICT");
    expect(await testDb().attachment.count({ where: { milestoneEvidenceId: evidence.id } })).toBe(
      0,
    );
  });

  it("refuses another start-up (NOT_FOUND) and the officer (no permission to submit evidence)", async () => {
    const { world, evidence } = await submittedEvidence();
    const stranger = await sessionUserFor(world.otherFounder.user.id);
    expect(
      await refusal(
        uploadAttachment({
          user: stranger,
          organisationSlug: world.otherStartup.slug,
          target: "milestone-evidence",
          targetId: evidence.id,
          file: { name: "planted.pdf", bytes: pdf() },
          request,
        }),
      ),
    ).toBe("NOT_FOUND");
    const officer = await sessionUserFor(world.officer.user.id);
    expect(
      await refusal(
        uploadAttachment({
          user: officer,
          organisationSlug: world.hkstp.slug,
          target: "milestone-evidence",
          targetId: evidence.id,
          file: { name: "officer.pdf", bytes: pdf() },
          request,
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(await testDb().attachment.count({ where: { milestoneEvidenceId: evidence.id } })).toBe(
      0,
    );
  });
});
