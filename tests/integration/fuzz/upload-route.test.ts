import { readFileSync } from "node:fs";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/attachments/route";
import { setStorageForTests } from "@/lib/storage";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { createApplication } from "../../factories/applications";
import { FUZZ_RUNS } from "../../fuzz-support/action-fuzz";
import { changedTables, databaseFingerprint } from "../../fuzz-support/fingerprint";
import { unknownCuid } from "../../fuzz-support/hostile-values";
import { expectReadableMessage } from "../../fuzz-support/outcome";
import { testDb } from "../../setup/test-database";
import { setUpApplicant } from "../applications/applicant";

// The upload endpoint as the browser calls it (tests/integration/uploads covers the service
// with well-formed calls): only the session cookie and request headers are simulated.
const token = vi.hoisted(() => ({
  current: null as { user: { id: string; sessionVersion: number } } | null,
}));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => token.current,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "user-agent": "fuzz", "x-forwarded-for": "192.0.2.31" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));

const MAX_MB = 1;
const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(process.cwd(), "tests/fixtures/files", name)));
const bytesOf = (...parts: (string | number[] | Uint8Array)[]) =>
  new Uint8Array(
    Buffer.concat(
      parts.map((part) =>
        typeof part === "string" ? Buffer.from(part, "latin1") : Buffer.from(part),
      ),
    ),
  );

/** Files no upload may store, each under a name that claims an accepted type. */
const refusedFiles = fc.oneof(
  fc.constantFrom(
    { why: "empty", name: "deck.pdf", bytes: new Uint8Array() },
    { why: "exe named .pdf", name: "deck.pdf", bytes: bytesOf("MZ", [0x90, 0, 3, 0], "PE\0\0") },
    { why: "plain zip named .docx", name: "plan.docx", bytes: bytesOf("PK", [3, 4], "notes.txt") },
    {
      why: "html named .png",
      name: "logo.png",
      bytes: bytesOf("<!doctype html><script>alert(document.cookie)</script>"),
    },
    { why: "svg named .jpg", name: "photo.jpg", bytes: bytesOf('<svg onload="alert(1)"/>') },
    { why: "pdf named .png", name: "scan.png", bytes: fixture("receipt.pdf") },
    { why: "docx named .pdf", name: "plan.pdf", bytes: fixture("business-plan.docx") },
    { why: "xlsx with macros", name: "budget.xlsx", bytes: fixture("budget-with-macros.xlsx") },
    { why: "pdf named .exe", name: "receipt.exe", bytes: fixture("receipt.pdf") },
    { why: "pdf without extension", name: "receipt", bytes: fixture("receipt.pdf") },
  ),
  fc
    .tuple(
      fc.uint8Array({ minLength: 1, maxLength: 2048 }),
      fc.constantFrom("a.pdf", "b.docx", "c.png"),
    )
    // Random bytes that happen to start like a PDF, PNG, JPEG or ZIP are not "disguised".
    .filter(
      ([bytes]) =>
        ![0x25, 0x89, 0xff, 0x50, 0xd0].includes(bytes[0]!) &&
        !Buffer.from(bytes).includes("%PDF-"),
    )
    .map(([bytes, name]) => ({ why: "random bytes", name, bytes })),
  fc
    .integer({ min: MAX_MB * 1024 * 1024 + 1, max: MAX_MB * 1024 * 1024 + 300_000 })
    .map((size) => ({
      why: `oversized (${size} bytes)`,
      name: "big.pdf",
      bytes: bytesOf("%PDF-1.7\n", new Uint8Array(size - 9)),
    })),
);

const hostileNames = fc.constantFrom(
  "deck.pdf",
  "../../etc/passwd.pdf",
  "C:\\fakepath\\deck.pdf",
  "香港 計劃書.pdf",
  `${"a".repeat(5000)}.pdf`,
  "\u202egnp.pdf",
  "deck.pdf\u0000.exe",
  ".pdf",
);

/** Counterexamples print as their reason, not as a megabyte of bytes. */
function printable(upload: UploadCase): UploadCase {
  return Object.assign(upload, { [fc.toStringMethod]: () => upload.why });
}

type UploadCase = {
  why: string;
  file: { name: string; bytes: Uint8Array } | string | null;
  organisation: string;
  target: string;
  targetId: string;
  kind: string;
  envelope: "multipart" | "declared-oversize" | "not-multipart" | "broken-multipart";
};

describe("fuzz: POST /api/attachments", () => {
  let root: string;
  let world: Awaited<ReturnType<typeof setUpApplicant>>;
  let foreignDraftId: string;

  beforeAll(async () => {
    process.env.UPLOAD_MAX_MB = String(MAX_MB);
    root = await mkdtemp(path.join(os.tmpdir(), "incubase-upload-fuzz-"));
    setStorageForTests(createLocalStorage(root));
    world = await setUpApplicant();
    // Another start-up's draft to the same call: the founder may not attach files to it.
    const other = await createApplication(testDb(), {
      organisationId: world.hkstp.id,
      callId: world.call.id,
      formId: world.form.id,
      startupId: world.otherStartup.id,
      createdById: world.otherFounder.user.id,
    });
    foreignDraftId = other.id;
    const founder = await testDb().user.findUniqueOrThrow({
      where: { id: world.founder.user.id },
      select: { id: true, sessionVersion: true },
    });
    token.current = { user: founder };
  });
  afterAll(async () => {
    delete process.env.UPLOAD_MAX_MB;
    setStorageForTests(undefined);
    await rm(root, { recursive: true, force: true });
  });

  // Names, then stat: readdir's recursive withFileTypes listing misses nested files on Node 20.
  async function storedFiles(): Promise<number> {
    const names = await readdir(root, { recursive: true });
    const stats = await Promise.all(names.map((name) => stat(path.join(root, name))));
    return stats.filter((entry) => entry.isFile()).length;
  }

  function requestFor(upload: UploadCase): Request {
    const url = "http://localhost/api/attachments";
    if (upload.envelope === "not-multipart") {
      return new Request(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ organisation: upload.organisation, target: upload.target }),
      });
    }
    if (upload.envelope === "broken-multipart") {
      return new Request(url, {
        method: "POST",
        headers: { "content-type": "multipart/form-data; boundary=xyz" },
        body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-',
      });
    }
    const form = new FormData();
    form.set("organisation", upload.organisation);
    form.set("target", upload.target);
    form.set("targetId", upload.targetId);
    if (upload.kind) form.set("kind", upload.kind);
    if (typeof upload.file === "string") form.set("file", upload.file);
    else if (upload.file)
      form.set("file", new File([new Uint8Array(upload.file.bytes)], upload.file.name));
    const headers: Record<string, string> =
      upload.envelope === "declared-oversize" ? { "content-length": String(61 * 1024 * 1024) } : {};
    return new Request(url, { method: "POST", headers, body: form });
  }

  it(
    "answers every malformed upload with a 4xx and a readable message, storing nothing",
    {
      timeout: 120_000 + FUZZ_RUNS * 1_000,
    },
    async () => {
      const ownDraft = world.draft.id;
      const organisation = world.startup.slug;
      // Each case is wrong in at least one way: the file itself, or where it is sent.
      const badFile = fc.record({
        refused: refusedFiles,
        name: fc.option(hostileNames, { nil: undefined }),
        kind: fc.constantFrom("", "PITCH_DECK"),
      });
      const badPlace = fc.oneof(
        fc.record({
          field: fc.constant("targetId"),
          value: fc.oneof(
            unknownCuid,
            fc.constantFrom(foreignDraftId, "", "' or 1=1 --", "x".repeat(10_000)),
          ),
        }),
        fc.record({
          field: fc.constant("target"),
          value: fc.constantFrom(
            "",
            "toString",
            "__proto__",
            "constructor",
            "hasOwnProperty",
            "Application",
            "grant",
          ),
        }),
        fc.record({
          field: fc.constant("organisation"),
          value: fc.constantFrom(
            "",
            world.otherStartup.slug,
            world.hkstp.slug,
            "__proto__",
            "x".repeat(1000),
          ),
        }),
        fc.record({
          field: fc.constant("kind"),
          value: fc.constantFrom("NOT_A_KIND", "__proto__", "toString", "pitch_deck", "RECEIPT"),
        }),
        fc.record({
          field: fc.constant("file"),
          value: fc.constantFrom<"absent" | "text">("absent", "text"),
        }),
      );
      const cases: fc.Arbitrary<UploadCase> = fc.oneof(
        badFile.map(({ refused, name, kind }) => ({
          why: refused.why + (name ? ` as ${JSON.stringify(name.slice(0, 40))}` : ""),
          file: {
            name:
              name && refused.why !== "empty"
                ? name.replace(/\.pdf$/, path.extname(refused.name))
                : refused.name,
            bytes: refused.bytes,
          },
          organisation,
          target: "application",
          targetId: ownDraft,
          kind,
          envelope: "multipart" as const,
        })),
        badPlace.map(({ field, value }) => {
          const upload: UploadCase = {
            why: `${field} = ${JSON.stringify(String(value).slice(0, 40))}`,
            file: { name: "receipt.pdf", bytes: fixture("receipt.pdf") },
            organisation,
            target: "application",
            targetId: ownDraft,
            kind: "",
            envelope: "multipart",
          };
          if (field === "file") upload.file = value === "text" ? "%PDF-1.7 as a text field" : null;
          else upload[field as "targetId" | "target" | "organisation" | "kind"] = value as string;
          return upload;
        }),
        fc
          .constantFrom("declared-oversize", "not-multipart", "broken-multipart")
          .map((envelope) => ({
            why: `envelope: ${envelope}`,
            file: { name: "receipt.pdf", bytes: fixture("receipt.pdf") },
            organisation,
            target: "application",
            targetId: ownDraft,
            kind: "",
            envelope: envelope as UploadCase["envelope"],
          })),
      );

      const attachmentsBefore = await testDb().attachment.count();
      const filesBefore = await storedFiles();
      const started = performance.now();
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(cases.map(printable), async (upload) => {
          runs++;
          const before = await databaseFingerprint();
          const response = await POST(requestFor(upload));
          const body = (await response.json()) as { error?: { code?: string; message?: string } };
          expect(response.status, `${upload.why}: ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(
            400,
          );
          expect(response.status, `${upload.why}: ${JSON.stringify(body)}`).toBeLessThan(500);
          expectReadableMessage(body.error?.message);
          expect(changedTables(before, await databaseFingerprint()), upload.why).toEqual([]);
          const filesAfter = await storedFiles();
          if (filesAfter !== filesBefore) {
            const listing = await readdir(root, { recursive: true });
            throw new Error(
              `${upload.why}: ${response.status} ${JSON.stringify(body)}; a file was left in storage (${filesBefore} -> ${filesAfter}): ${listing.join(", ")}`,
            );
          }
        }),
        {
          numRuns: FUZZ_RUNS,
          ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
          verbose: 1,
        },
      );
      expect(await testDb().attachment.count()).toBe(attachmentsBefore);
      console.log(
        `fuzz POST /api/attachments: ${runs} runs in ${((performance.now() - started) / 1000).toFixed(1)}s`,
      );
    },
  );
});
