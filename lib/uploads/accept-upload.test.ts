import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { acceptUpload, cleanFileName, maxUploadBytes } from "./accept-upload";
import { sniffContent } from "./sniff";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../tests/fixtures/files/${name}`, import.meta.url)));

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected a refusal");
}

describe("sniffContent", () => {
  it("recognises PDF, Office Open XML, PNG and JPEG by their bytes", () => {
    expect(sniffContent(fixture("receipt.pdf"))).toMatchObject({
      ok: true,
      type: { mimeType: "application/pdf" },
    });
    expect(sniffContent(fixture("business-plan.docx"))).toMatchObject({
      ok: true,
      type: { extensions: ["docx"] },
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(sniffContent(png)).toMatchObject({ ok: true, type: { mimeType: "image/png" } });
    expect(sniffContent(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toMatchObject({
      ok: true,
      type: { mimeType: "image/jpeg" },
    });
  });

  it("refuses executables, plain ZIPs, HTML and macro-enabled workbooks", () => {
    expect(sniffContent(fixture("invoice.pdf"))).toEqual({ ok: false, reason: "unknown" });
    expect(sniffContent(new TextEncoder().encode("<html><script>alert(1)</script>"))).toEqual({
      ok: false,
      reason: "unknown",
    });
    expect(sniffContent(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({
      ok: false,
      reason: "unknown",
    });
    expect(sniffContent(fixture("budget-with-macros.xlsx"))).toEqual({
      ok: false,
      reason: "macros",
    });
  });
});

describe("acceptUpload", () => {
  it("accepts a PDF and records its size, type and sha256", () => {
    const bytes = fixture("receipt.pdf");
    const accepted = acceptUpload({ name: "Receipt 收據.pdf", bytes });
    expect(accepted).toMatchObject({
      fileName: "Receipt 收據.pdf",
      mimeType: "application/pdf",
      sizeBytes: bytes.byteLength,
    });
    expect(accepted.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a disguised file by its content, naming what it really is", () => {
    expect(
      messageOf(() => acceptUpload({ name: "invoice.pdf", bytes: fixture("invoice.pdf") })),
    ).toBe(
      "invoice.pdf is not a file type we accept. Upload a PDF, Word, Excel, PowerPoint, PNG or JPEG file.",
    );
    expect(
      messageOf(() => acceptUpload({ name: "plan.pdf", bytes: fixture("business-plan.docx") })),
    ).toBe(
      "plan.pdf is named as .pdf but its content is a Word document. Rename it to .docx or upload the right file.",
    );
  });

  it("refuses macros, empty files and files over the limit with what to do instead", () => {
    expect(
      messageOf(() =>
        acceptUpload({ name: "budget.xlsx", bytes: fixture("budget-with-macros.xlsx") }),
      ),
    ).toContain("contains macros");
    expect(messageOf(() => acceptUpload({ name: "a.pdf", bytes: new Uint8Array() }))).toBe(
      "a.pdf is empty. Choose the file again.",
    );
    const big = new Uint8Array(2 * 1024 * 1024);
    big.set(new TextEncoder().encode("%PDF-1.7"));
    expect(messageOf(() => acceptUpload({ name: "deck.pdf", bytes: big }, 1024 * 1024))).toBe(
      "deck.pdf is 2 MB; files can be at most 1 MB. Compress it or split it into parts.",
    );
  });

  it("reads the limit from UPLOAD_MAX_MB, capped at 60 MB", () => {
    expect(maxUploadBytes({})).toBe(20 * 1024 * 1024);
    expect(maxUploadBytes({ UPLOAD_MAX_MB: "5" })).toBe(5 * 1024 * 1024);
    expect(maxUploadBytes({ UPLOAD_MAX_MB: "500" })).toBe(60 * 1024 * 1024);
    expect(maxUploadBytes({ UPLOAD_MAX_MB: "lots" })).toBe(20 * 1024 * 1024);
  });
});

describe("cleanFileName", () => {
  it("drops folders, control characters and leading dots, and keeps the extension when long", () => {
    expect(cleanFileName("C:\\Users\\kw\\..\\deck.pdf")).toBe("deck.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName(".hidden\u0000.pdf")).toBe("hidden.pdf");
    const long = cleanFileName(`${"長".repeat(300)}.pdf`);
    expect(long).toHaveLength(180);
    expect(long.endsWith(".pdf")).toBe(true);
  });
});
