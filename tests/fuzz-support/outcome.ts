import { expect } from "vitest";

/** What a next-safe-action action resolves to. */
export type ActionOutcome = { data?: unknown; serverError?: unknown; validationErrors?: unknown };

// UNAVAILABLE (lib/errors/unavailable.ts) is PostgreSQL being unreachable, not the input: it
// still has to be readable and to have changed nothing.
const EXPECTED_CODES = [
  "NOT_FOUND",
  "FORBIDDEN",
  "CONFLICT",
  "INVALID",
  "UNAUTHENTICATED",
  "RATE_LIMITED",
  "UNAVAILABLE",
];

/** Every message in next-safe-action's formatted validation errors (`{ _errors, field: { _errors } }`). */
export function validationMessages(errors: unknown): string[] {
  if (!errors || typeof errors !== "object") return [];
  const messages: string[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (key === "_errors") {
      expect(Array.isArray(value), "_errors is a list of messages").toBe(true);
      messages.push(...(value as unknown[]).map(String));
    } else {
      messages.push(...validationMessages(value));
    }
  }
  return messages;
}

/** A message a person can read: not empty, not an object dump, no stack trace or SQL. */
export function expectReadableMessage(message: unknown): void {
  expect(typeof message).toBe("string");
  const text = message as string;
  expect(text.trim().length).toBeGreaterThan(2);
  expect(text.length).toBeLessThan(600);
  expect(text).not.toMatch(
    /\[object Object\]|prisma|invocation|\n\s+at |select .+ from |insert into |P20\d\d/i,
  );
}

export type Verdict = "validation" | "refused" | "accepted";

/**
 * Checks one fuzzed call: it resolved, never with the INTERNAL error (our 500), and a refusal
 * is either zod's structure with readable messages or an AppError code with a readable message.
 */
export function judgeOutcome(outcome: ActionOutcome): Verdict {
  const serverError = outcome.serverError as { code?: unknown; message?: unknown } | undefined;
  if (serverError !== undefined) {
    expect(serverError.code, `server error: ${JSON.stringify(serverError)}`).not.toBe("INTERNAL");
    expect(EXPECTED_CODES).toContain(serverError.code);
    expectReadableMessage(serverError.message);
    return "refused";
  }
  if (outcome.validationErrors !== undefined) {
    const messages = validationMessages(outcome.validationErrors);
    expect(messages.length, JSON.stringify(outcome.validationErrors)).toBeGreaterThan(0);
    messages.forEach(expectReadableMessage);
    return "validation";
  }
  return "accepted";
}
