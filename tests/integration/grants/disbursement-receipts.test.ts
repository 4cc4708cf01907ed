import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setStorageForTests } from "@/lib/storage";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { downloadAttachment, removeAttachment, uploadAttachment } from "@/lib/uploads/attachments";
import { createDisbursement } from "../../factories/grants";
import { testDb } from "../../setup/test-database";
import { sessionUserFor } from "../members/session-user";
import { buildGrantsWorld } from "./grants-world";

const request = { ipAddress: "127.0.0.1", userAgent: "vitest" };
const receipt = new Uint8Array(
  readFileSync(path.join(process.cwd(), "tests/fixtures/files/receipt.pdf")),
);

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "incubase-receipts-"));
  setStorageForTests(createLocalStorage(root));
});
afterAll(async () => {
  setStorageForTests(undefined);
  await rm(root, { recursive: true, force: true });
});

async function refusal(run: Promise<unknown>): Promise<string | undefined> {
  try {
    await run;
  } catch (error) {
    return (error as { code?: string }).code;
  }
  throw new Error("expected a refusal");
}

describe("receipts on a tranche request (upload target `disbursement`)", () => {
  it("lets the start-up attach and remove receipts while the request waits, for the operator's tenant", async () => {
    const world = await buildGrantsWorld();
    const tranche = await createDisbursement(testDb(), {
      bucketId: world.upfront.id,
      requestedById: world.founder.user.id,
    });
    const cofounder = await sessionUserFor(world.cofounder.user.id);
    const uploaded = await uploadAttachment({
      user: cofounder,
      organisationSlug: world.startup.slug,
      target: "disbursement",
      targetId: tranche.id,
      file: { name: "receipt.pdf", bytes: receipt },
      request,
    });
    expect(uploaded.kind).toBe("PAYMENT_PROOF");
    expect(
      await testDb().attachment.findUniqueOrThrow({ where: { id: uploaded.id } }),
    ).toMatchObject({
      organisationId: world.operator.id,
      disbursementId: tranche.id,
      uploadedById: world.cofounder.user.id,
    });

    // The officer reads it; the founder removes it again while the request still waits.
    const officer = await sessionUserFor(world.officer.user.id);
    const file = await downloadAttachment({
      user: officer,
      organisationSlug: world.operator.slug,
      attachmentId: uploaded.id,
    });
    expect(file.bytes.byteLength).toBe(receipt.byteLength);
    await removeAttachment({
      user: await sessionUserFor(world.founder.user.id),
      organisationSlug: world.startup.slug,
      attachmentId: uploaded.id,
      request,
    });
    expect(await testDb().attachment.count({ where: { disbursementId: tranche.id } })).toBe(0);
  });

  it("freezes the receipts once the officer has approved", async () => {
    const world = await buildGrantsWorld();
    const tranche = await createDisbursement(testDb(), {
      bucketId: world.subsidy.id,
      requestedById: world.founder.user.id,
      status: "APPROVED",
    });
    const founder = await sessionUserFor(world.founder.user.id);
    expect(
      await refusal(
        uploadAttachment({
          user: founder,
          organisationSlug: world.startup.slug,
          target: "disbursement",
          targetId: tranche.id,
          file: { name: "receipt.pdf", bytes: receipt },
          request,
        }),
      ),
    ).toBe("CONFLICT");
    expect(await testDb().attachment.count({ where: { disbursementId: tranche.id } })).toBe(0);
  });

  it("refuses another start-up (404) and operator roles (403)", async () => {
    const world = await buildGrantsWorld();
    const tranche = await createDisbursement(testDb(), {
      bucketId: world.upfront.id,
      requestedById: world.founder.user.id,
    });
    const attempt = (userId: string, organisationSlug: string) =>
      sessionUserFor(userId).then((user) =>
        uploadAttachment({
          user,
          organisationSlug,
          target: "disbursement",
          targetId: tranche.id,
          file: { name: "receipt.pdf", bytes: receipt },
          request,
        }),
      );
    expect(await refusal(attempt(world.otherFounder.user.id, world.otherStartup.slug))).toBe(
      "NOT_FOUND",
    );
    expect(await refusal(attempt(world.officer.user.id, world.operator.slug))).toBe("FORBIDDEN");
    expect(await testDb().attachment.count({ where: { disbursementId: tranche.id } })).toBe(0);
  });
});
