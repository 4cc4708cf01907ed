import { calendarResponse } from "../calendar-response";

export const dynamic = "force-dynamic";

/**
 * All the signed-in party's upcoming coaching sessions as one .ics file
 * (?organisation=<slug>): a mentor's own sessions, or a start-up's. Others: 404.
 */
export async function GET(request: Request) {
  return calendarResponse(request);
}
