import "server-only";
import crypto from "node:crypto";
import { httpStatusOf, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

/** The JSON answer for a failed attachment request: the user's message and the HTTP status. */
export function errorResponse(error: unknown, what: string): Response {
  if (isAppError(error)) {
    return Response.json(
      { error: { code: error.code, message: error.message } },
      { status: httpStatusOf(error.code) },
    );
  }
  const reference = crypto.randomBytes(4).toString("hex");
  logger.error(`${what} failed`, {
    reference,
    error: error instanceof Error ? { message: error.message, stack: error.stack } : String(error),
  });
  return Response.json(
    { error: { code: "INTERNAL", message: `Something went wrong (reference ${reference}).` } },
    { status: 500 },
  );
}

/** Content-Disposition that keeps Chinese file names (RFC 6266 / 5987) with an ASCII fallback. */
export function contentDisposition(fileName: string, disposition: "attachment" | "inline"): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
