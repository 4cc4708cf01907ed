import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { readRequestContext } from "@/lib/request-context";
import {
  downloadAttachment,
  recordUploadDenial,
  removeAttachment,
} from "@/lib/uploads/attachments";
import { contentDisposition, errorResponse } from "@/lib/uploads/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * Downloads a file (?organisation=<slug> names the membership to act in). Always served as a
 * download with the type found at upload, never sniffed or rendered by the browser in the
 * app's origin.
 */
export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  const organisationSlug = new URL(request.url).searchParams.get("organisation") ?? "";
  const user = await getCurrentUser();
  try {
    if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
    const file = await downloadAttachment({ user, organisationSlug, attachmentId: id });
    return new Response(Buffer.from(file.bytes), {
      headers: {
        "content-type": file.mimeType,
        "content-length": String(file.bytes.byteLength),
        "content-disposition": contentDisposition(file.fileName, "attachment"),
        "x-content-type-options": "nosniff",
        "content-security-policy": "sandbox; default-src 'none'",
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    await recordUploadDenial(
      error,
      user,
      organisationSlug,
      await readRequestContext(),
      "attachment.download",
    );
    return errorResponse(error, "attachment download");
  }
}

/** Removes a file from a record that can still change (?organisation=<slug>). */
export async function DELETE(request: Request, { params }: Context) {
  const { id } = await params;
  const organisationSlug = new URL(request.url).searchParams.get("organisation") ?? "";
  const user = await getCurrentUser();
  const requestContext = await readRequestContext();
  try {
    if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
    await removeAttachment({ user, organisationSlug, attachmentId: id, request: requestContext });
    return new Response(null, { status: 204 });
  } catch (error) {
    await recordUploadDenial(error, user, organisationSlug, requestContext, "attachment.remove");
    return errorResponse(error, "attachment removal");
  }
}
