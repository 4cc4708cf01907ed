import type { EmailMessage, EmailTransport } from "@/lib/email/transport";
import type { EmailJobContext } from "@/lib/notifications/email-job-context";
import { testDb } from "../../setup/test-database";

export const TEST_APP_URL = "https://incubase.test";

/** A transport that keeps what it "sent"; `failWith` makes every send throw, `delayMs` slows it. */
export function memoryTransport(options: { failWith?: string; delayMs?: number } = {}) {
  const sent: EmailMessage[] = [];
  const transport: EmailTransport & { sent: EmailMessage[]; failWith?: string } = {
    name: "memory",
    sent,
    failWith: options.failWith,
    async send(message) {
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      if (transport.failWith) throw new Error(transport.failWith);
      sent.push(message);
    },
    close() {},
  };
  return transport;
}

/** The email jobs' context on this test file's database (owner), at a fixed time if given. */
export function jobContext(transport: EmailTransport, now?: Date | (() => Date)): EmailJobContext {
  return {
    database: testDb(),
    transport,
    appUrl: TEST_APP_URL,
    now: now === undefined ? undefined : typeof now === "function" ? now : () => now,
  };
}

/** Polls until `check` holds (background work in another connection), failing after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
