import { AsyncLocalStorage } from "node:async_hooks";
import type { SessionUser } from "@/lib/auth/session";
import { sessionUserFor } from "../members/session-user";

/** Who the mocked `getCurrentUser` returns: the user of the innermost `actAs`, else nobody. */
const storage = new AsyncLocalStorage<SessionUser | null>();

export function currentSession(): SessionUser | null {
  return storage.getStore() ?? null;
}

/** Runs `fn` signed in as `userId` (null: signed out). */
export async function actAs<T>(userId: string | null, fn: () => Promise<T>): Promise<T> {
  return storage.run(userId ? await sessionUserFor(userId) : null, fn);
}

/** The CSV body's lines without the BOM. */
export async function csvLines(response: Response): Promise<string[]> {
  return (await response.text())
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
}
