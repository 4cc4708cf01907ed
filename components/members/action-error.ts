/** What a next-safe-action result carries when it failed. */
type FailedResult = {
  serverError?: { message: string } | undefined;
  validationErrors?: unknown;
};

function firstValidationMessage(errors: unknown): string | undefined {
  if (!errors || typeof errors !== "object") return undefined;
  const own = (errors as { _errors?: unknown })._errors;
  if (Array.isArray(own) && typeof own[0] === "string") return own[0];
  for (const [key, value] of Object.entries(errors)) {
    if (key === "_errors") continue;
    const nested = firstValidationMessage(value);
    if (nested) return nested;
  }
  return undefined;
}

/** The message to show for a failed action result, or null when it succeeded. */
export function describeActionError(result: FailedResult): string | null {
  if (result.serverError) return result.serverError.message;
  if (result.validationErrors)
    return firstValidationMessage(result.validationErrors) ?? "Check the form and try again.";
  return null;
}

/** Shown when the request itself failed (network, server restart). */
export const UNREACHABLE_MESSAGE =
  "We could not reach the server. Check your connection and try again.";
