import crypto from "node:crypto";
import { AppError } from "@/lib/errors";
import { extensionOf, sniffContent, storedMimeType } from "./sniff";

export const DEFAULT_MAX_UPLOAD_MB = 20;

/** Largest accepted file, from UPLOAD_MAX_MB (default 20 MB, at most 60). */
export function maxUploadBytes(
  env: Readonly<Record<string, string | undefined>> = process.env,
): number {
  const megabytes = Number(env.UPLOAD_MAX_MB ?? DEFAULT_MAX_UPLOAD_MB);
  // At most 60: next.config.ts lets the proxy buffer 64 MB of request body.
  const safe =
    Number.isFinite(megabytes) && megabytes > 0 ? Math.min(megabytes, 60) : DEFAULT_MAX_UPLOAD_MB;
  return Math.floor(safe * 1024 * 1024);
}

export type AcceptedUpload = {
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  bytes: Uint8Array;
};

/**
 * A file name safe to store and to send back in Content-Disposition: no folders, no control
 * characters, at most 180 characters (the extension kept). Chinese names stay as they are.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const printable = base.replace(/[\u0000-\u001f\u007f"<>|*?:]/g, "").trim();
  const name = printable.replace(/^\.+/, "") || "file";
  if (name.length <= 180) return name;
  const extension = extensionOf(name);
  return extension ? `${name.slice(0, 179 - extension.length)}.${extension}` : name.slice(0, 180);
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

const SUPPORTED = "PDF, Word, Excel, PowerPoint, PNG or JPEG";

/**
 * Checks an uploaded file by its content and size. Each refusal says what to do instead;
 * the browser's declared type is ignored.
 */
export function acceptUpload(
  input: { name: string; bytes: Uint8Array },
  maxBytes: number = maxUploadBytes(),
): AcceptedUpload {
  const fileName = cleanFileName(input.name);
  const size = input.bytes.byteLength;
  if (size === 0) throw new AppError("INVALID", `${fileName} is empty. Choose the file again.`);
  if (size > maxBytes) {
    throw new AppError(
      "INVALID",
      `${fileName} is ${megabytes(size)}; files can be at most ${megabytes(maxBytes)}. Compress it or split it into parts.`,
    );
  }
  const sniffed = sniffContent(input.bytes);
  if (!sniffed.ok) {
    const messages = {
      macros: `${fileName} contains macros, which are not accepted. Save it without macros (for example as .docx, .xlsx or PDF) and upload it again.`,
      "encrypted-office": `${fileName} is password-protected. Remove the password, or save it as PDF, and upload it again.`,
      unknown: `${fileName} is not a file type we accept. Upload a ${SUPPORTED} file.`,
    } as const;
    throw new AppError("INVALID", messages[sniffed.reason]);
  }
  const extension = extensionOf(fileName);
  if (!sniffed.type.extensions.includes(extension)) {
    throw new AppError(
      "INVALID",
      `${fileName} is named as .${extension || "(no extension)"} but its content is ${sniffed.type.label}. Rename it to .${sniffed.type.extensions[0]} or upload the right file.`,
    );
  }
  return {
    fileName,
    mimeType: storedMimeType(sniffed.type, fileName),
    sizeBytes: size,
    sha256: crypto.createHash("sha256").update(input.bytes).digest("hex"),
    bytes: input.bytes,
  };
}
