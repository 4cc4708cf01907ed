import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";

/**
 * Who the database should act for: `lib/db` hands it to PostgreSQL at the start of every
 * transaction, and row-level security decides from it what is visible
 * (docs/decisions/0004-row-level-security.md). The database honours `organisationId` only
 * while `userId` holds an active membership there, and `isPlatformAdmin` only for a user
 * whose row says so.
 */
export type TenantContext = {
  userId: string | null;
  organisationId: string | null;
  isPlatformAdmin?: boolean;
};

// One store per process, even if the bundler loads this module twice (server actions and
// server components live in separate bundles).
const STORAGE_KEY = Symbol.for("incubase.tenant-context");
const globalStore = globalThis as unknown as { [STORAGE_KEY]?: AsyncLocalStorage<TenantContext> };
const storage = (globalStore[STORAGE_KEY] ??= new AsyncLocalStorage<TenantContext>());

/** Runs `fn` (and everything it awaits) as this tenant: server actions, scripts and tests. */
export function runWithTenant<T>(context: TenantContext, fn: () => T): T {
  return storage.run(context, fn);
}

// React's per-request memo: one object per server-component render. Outside a React request
// `cache` memoises nothing, so every call gets a fresh object and the request tenant is null.
const requestSlot = cache((): { tenant: TenantContext | null } => ({ tenant: null }));

/** Sets the tenant for the rest of this server-component request (see requireMembership). */
export function setRequestTenant(context: TenantContext): void {
  requestSlot().tenant = context;
}

/** The tenant set for this server-component request, or null. */
export function getRequestTenant(): TenantContext | null {
  return requestSlot().tenant;
}

/** The tenant in force here: an explicit runWithTenant scope wins over the request's. */
export function currentTenant(): TenantContext | null {
  return storage.getStore() ?? getRequestTenant();
}
