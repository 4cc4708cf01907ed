import { isDatabaseUnavailable } from "@/lib/db-unavailable";

/** The code every "database not reachable" answer carries: JSON, server actions, the page. */
export const UNAVAILABLE_CODE = "UNAVAILABLE" as const;

/** What the user reads while PostgreSQL cannot be reached (English, like other action errors). */
export const UNAVAILABLE_MESSAGE =
  "Service unavailable — the database is not reachable. Nothing was saved; try again in a minute.";

/** Seconds a client or load balancer is asked to wait before trying again (`Retry-After`). */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 30;

/** The body route handlers answer with while the database is down. */
export function unavailableBody() {
  return { error: { code: UNAVAILABLE_CODE, message: UNAVAILABLE_MESSAGE } };
}

/** 503 with `{ error: { code: "UNAVAILABLE", message } }` and `Retry-After`, for route handlers. */
export function unavailableResponse(): Response {
  return Response.json(unavailableBody(), {
    status: 503,
    headers: {
      "Retry-After": String(UNAVAILABLE_RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
    },
  });
}

/**
 * For a route handler's catch: a 503 answer when the error means "database not reachable",
 * otherwise null (the caller rethrows or answers as before).
 */
export function unavailableResponseFor(error: unknown): Response | null {
  return isDatabaseUnavailable(error) ? unavailableResponse() : null;
}
