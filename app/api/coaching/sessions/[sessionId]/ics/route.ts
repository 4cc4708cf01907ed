import { calendarResponse } from "../../../calendar-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ sessionId: string }> };

/**
 * One coaching session as an .ics file (?organisation=<slug>), for its parties only: the
 * mentor, and the start-up's members. Anyone else gets 404, as for no such session.
 */
export async function GET(request: Request, { params }: Context) {
  const { sessionId } = await params;
  return calendarResponse(request, sessionId);
}
