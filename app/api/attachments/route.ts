import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { readRequestContext } from "@/lib/request-context";
import { maxUploadBytes } from "@/lib/uploads/accept-upload";
import { recordUploadDenial, uploadAttachment } from "@/lib/uploads/attachments";
import { errorResponse } from "@/lib/uploads/http";

export const dynamic = "force-dynamic";

// Room for the multipart envelope and the other fields around the file.
const ENVELOPE_BYTES = 64 * 1024;

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

/**
 * Uploads one file (multipart: organisation, target, targetId, kind?, file) to a record the
 * signed-in member may change. Answers 201 with the attachment, or a JSON error with the
 * user's message: 400 bad file, 401, 403, 404 (another tenant's record), 409 (record locked),
 * 413 too large.
 */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  const requestContext = await readRequestContext();
  let organisationSlug = "";
  try {
    if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
    const declared = Number(request.headers.get("content-length") ?? "0");
    const limit = maxUploadBytes();
    if (declared > limit + ENVELOPE_BYTES) {
      return Response.json(
        {
          error: {
            code: "INVALID",
            message: `Files can be at most ${Math.round(limit / (1024 * 1024))} MB.`,
          },
        },
        { status: 413 },
      );
    }
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw new AppError("INVALID", "The upload was not understood. Choose the file again.");
    }
    organisationSlug = text(form, "organisation");
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("INVALID", "Choose a file to upload.");
    const attachment = await uploadAttachment({
      user,
      organisationSlug,
      target: text(form, "target"),
      targetId: text(form, "targetId"),
      kind: text(form, "kind") || null,
      file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      request: requestContext,
    });
    return Response.json({ attachment }, { status: 201 });
  } catch (error) {
    await recordUploadDenial(error, user, organisationSlug, requestContext, "attachment.upload");
    return errorResponse(error, "attachment upload");
  }
}
