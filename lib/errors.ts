/** Codes of expected failures; each reaches the user with its message. */
export type AppErrorCode =
  "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID" | "UNAUTHENTICATED" | "RATE_LIMITED";

/** An expected failure: the message is safe to show to the user as is. */
export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** For the denial audit event: where it happened and why, beyond the user-facing message. */
    readonly denial: { organisationId?: string; reason?: string } = {},
  ) {
    super(message);
  }
}

/** Codes that mean "refused": each one leaves an `access.denied` audit event. */
export const DENIAL_CODES: ReadonlySet<AppErrorCode> = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
]);

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** HTTP status for an expected failure, used by route handlers. */
export function httpStatusOf(code: AppErrorCode): number {
  const statuses: Record<AppErrorCode, number> = {
    NOT_FOUND: 404,
    FORBIDDEN: 403,
    CONFLICT: 409,
    INVALID: 400,
    UNAUTHENTICATED: 401,
    RATE_LIMITED: 429,
  };
  return statuses[code];
}
