/**
 * What a file is, decided by its bytes, never by its name or the browser's claim. Only the
 * formats programme paperwork uses are recognised: PDF, Word, Excel, PowerPoint (current and
 * legacy), PNG and JPEG. Macro-enabled Office files are recognised in order to be refused.
 */
export type DetectedType = {
  /** The MIME type stored and served (from the content). */
  mimeType: string;
  /** Human name for messages: "a PDF", "a Word document". */
  label: string;
  /** File name extensions that may carry this content. */
  extensions: readonly string[];
};

export const FILE_TYPES = {
  pdf: { mimeType: "application/pdf", label: "a PDF", extensions: ["pdf"] },
  png: { mimeType: "image/png", label: "a PNG image", extensions: ["png"] },
  jpeg: { mimeType: "image/jpeg", label: "a JPEG image", extensions: ["jpg", "jpeg"] },
  docx: {
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "a Word document",
    extensions: ["docx"],
  },
  xlsx: {
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    label: "an Excel workbook",
    extensions: ["xlsx"],
  },
  pptx: {
    mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    label: "a PowerPoint presentation",
    extensions: ["pptx"],
  },
  legacyOffice: {
    mimeType: "application/x-ole-storage",
    label: "an Office 97–2003 file",
    extensions: ["doc", "xls", "ppt"],
  },
} as const satisfies Record<string, DetectedType>;

const LEGACY_MIME_BY_EXTENSION: Record<string, string> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};

export type SniffResult =
  | { ok: true; type: DetectedType }
  | { ok: false; reason: "unknown" | "macros" | "encrypted-office" };

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

function contains(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, "latin1");
}

/** Detects the content type from the bytes. */
export function sniffContent(bytes: Uint8Array): SniffResult {
  // PDF: "%PDF-" (1.7 allows it anywhere in the first 1,024 bytes; writers put it first).
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  if (head.indexOf("%PDF-", 0, "latin1") !== -1) return { ok: true, type: FILE_TYPES.pdf };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { ok: true, type: FILE_TYPES.png };
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, type: FILE_TYPES.jpeg };
  // Office Open XML is a ZIP whose (uncompressed) entry names say what it holds.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (!contains(bytes, "[Content_Types].xml")) return { ok: false, reason: "unknown" };
    if (contains(bytes, "vbaProject.bin")) return { ok: false, reason: "macros" };
    if (contains(bytes, "word/document.xml")) return { ok: true, type: FILE_TYPES.docx };
    if (contains(bytes, "xl/workbook.xml")) return { ok: true, type: FILE_TYPES.xlsx };
    if (contains(bytes, "ppt/presentation.xml")) return { ok: true, type: FILE_TYPES.pptx };
    return { ok: false, reason: "unknown" };
  }
  // Compound File Binary: Office 97–2003, or a password-protected Office Open XML file.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const utf16 = (text: string) => Buffer.from(text, "utf16le").toString("latin1");
    if (contains(bytes, utf16("EncryptedPackage")))
      return { ok: false, reason: "encrypted-office" };
    if (contains(bytes, utf16("_VBA_PROJECT")) || contains(bytes, utf16("Macros"))) {
      return { ok: false, reason: "macros" };
    }
    return { ok: true, type: FILE_TYPES.legacyOffice };
  }
  return { ok: false, reason: "unknown" };
}

/** The extension of a file name, lower case, or "". */
export function extensionOf(fileName: string): string {
  const match = /\.([a-z0-9]{1,8})$/i.exec(fileName);
  return match ? match[1]!.toLowerCase() : "";
}

/** The MIME type to store for a detected type and the name it came with. */
export function storedMimeType(type: DetectedType, fileName: string): string {
  if (type === FILE_TYPES.legacyOffice) {
    return LEGACY_MIME_BY_EXTENSION[extensionOf(fileName)] ?? type.mimeType;
  }
  return type.mimeType;
}

export const ACCEPTED_EXTENSIONS: readonly string[] = Object.values(FILE_TYPES).flatMap(
  (type) => type.extensions,
);

/** For <input accept>: the extensions users may pick. */
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.map((extension) => `.${extension}`).join(",");
