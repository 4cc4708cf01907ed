import crypto from "node:crypto";
import { getCurrentUser } from "@/lib/auth/session";
import { downloadCalendar, recordCalendarDenial } from "@/lib/data/coaching/calendar-download";
import { httpStatusOf, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { readRequestContext } from "@/lib/request-context";

/** The public origin for links inside the file: NEXTAUTH_URL when set, else the request's. */
function publicOrigin(request: Request): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // Fall through to the request's origin.
    }
  }
  return new URL(request.url).origin;
}

/** Shared by both calendar routes: the .ics download, or the refusal as plain text. */
export async function calendarResponse(request: Request, sessionId?: string): Promise<Response> {
  const organisationSlug = new URL(request.url).searchParams.get("organisation") ?? "";
  const user = await getCurrentUser();
  try {
    const file = await downloadCalendar({
      user,
      organisationSlug,
      sessionId,
      origin: publicOrigin(request),
    });
    return new Response(file.body, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="${file.filename.replace(/[^\w.-]/g, "_")}"`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    await recordCalendarDenial(error, user, await readRequestContext());
    if (isAppError(error)) {
      return new Response(error.message, {
        status: httpStatusOf(error.code),
        headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
      });
    }
    const reference = crypto.randomBytes(4).toString("hex");
    logger.error("coaching calendar failed", {
      reference,
      error:
        error instanceof Error ? { message: error.message, stack: error.stack } : String(error),
    });
    return new Response(`Something went wrong (reference ${reference}).`, { status: 500 });
  }
}
