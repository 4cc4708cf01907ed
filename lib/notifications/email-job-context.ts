import type { Database } from "@/lib/db-client";
import type { EmailTransport } from "@/lib/email/transport";

/**
 * What the email jobs run with. `database` is the owner connection (DATABASE_URL): the worker
 * reads every recipient's outbox, which row-level security would hide from the app role
 * (docs/decisions/0005-notifications.md).
 */
export type EmailJobContext = {
  database: Database;
  transport: EmailTransport;
  /** Absolute base for links, e.g. https://incubase.hkstp.org (lib/email/app-url.ts). */
  appUrl: string;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
};

export function nowOf(context: EmailJobContext): Date {
  return context.now?.() ?? new Date();
}

/** A short, log-safe description of a delivery failure. */
export function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 500);
}
