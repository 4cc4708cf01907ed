import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import { appDatabaseUrl, createPrismaClient, poolSettings, type Database } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { currentTenant, type TenantContext } from "@/lib/tenancy/tenant-context";
import { applyTenantSettings, hasTenant } from "@/lib/tenancy/transaction-settings";

type Transaction = Omit<Database, ITXClientDenyList>;

const globalForPrisma = globalThis as unknown as { incubaseDb?: Database };

function getClient(): Database {
  // Created on first use, not at import: `next build` imports route modules without a database.
  const client = globalForPrisma.incubaseDb ?? createPrismaClient(appDatabaseUrl());
  // Reused across hot reloads in development so each reload does not open a new pool.
  if (process.env.NODE_ENV === "development" || process.env.NODE_ENV === "production") {
    globalForPrisma.incubaseDb = client;
  }
  return client;
}

// Every transaction of the app waits for a pooled connection as long as the pool itself does
// (DATABASE_CONNECTION_TIMEOUT_MS) and may last as long as one statement may run
// (DATABASE_STATEMENT_TIMEOUT_MS). Prisma's own defaults (2 s to get a connection, 5 s in all)
// turned a burst of 50 users into P2028 errors instead of a short queue (docs/performance.md).
const pool = poolSettings();
const SINGLE_QUERY_TRANSACTION = {
  maxWait: pool.connectionTimeoutMs,
  timeout: pool.statementTimeoutMs,
} as const;

/**
 * A page's reads pinned to one transaction (readAsTenant): the tenant it was opened for and its
 * client. One store per process, like the tenant context's.
 */
type PinnedReads = { tenant: TenantContext; tx: Transaction };
const PINNED_KEY = Symbol.for("incubase.pinned-reads");
const globalPinned = globalThis as unknown as { [PINNED_KEY]?: AsyncLocalStorage<PinnedReads> };
const pinnedReads = (globalPinned[PINNED_KEY] ??= new AsyncLocalStorage<PinnedReads>());

function sameTenant(a: TenantContext, b: TenantContext): boolean {
  return (
    a.userId === b.userId &&
    a.organisationId === b.organisationId &&
    Boolean(a.isPlatformAdmin) === Boolean(b.isPlatformAdmin)
  );
}

/** The pinned transaction, when one is open for the tenant in force here. */
function pinnedFor(tenant: TenantContext): Transaction | undefined {
  const pinned = pinnedReads.getStore();
  return pinned && sameTenant(pinned.tenant, tenant) ? pinned.tx : undefined;
}

const MODEL_KEYS = new Set(
  Object.values(Prisma.ModelName).map((name) => name.charAt(0).toLowerCase() + name.slice(1)),
);
const RAW_METHODS = new Set(["$queryRaw", "$executeRaw", "$queryRawUnsafe", "$executeRawUnsafe"]);

/**
 * One query in its own transaction that first tells PostgreSQL the tenant: BEGIN, set_config
 * and COMMIT cost three round trips more (measured in docs/decisions/0004-row-level-security.md).
 */
function runAsTenant<T>(
  client: Database,
  tenant: TenantContext,
  query: (tx: Transaction) => PromiseLike<T>,
) {
  const pinned = pinnedFor(tenant);
  if (pinned) return query(pinned);
  return client.$transaction(async (tx) => {
    await applyTenantSettings(tx, tenant);
    return query(tx);
  }, SINGLE_QUERY_TRANSACTION);
}

// `db.programme.findMany(args)` → the same call on the transaction client, as the current tenant.
// Without a tenant nothing needs to be set, so the call goes straight to the client (public
// pages, sign-in): policies then show public rows only.
function tenantModel(client: Database, key: string): unknown {
  const delegate = Reflect.get(client, key, client) as object;
  return new Proxy(delegate, {
    get(target, operation) {
      const value: unknown = Reflect.get(target, operation, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const tenant = currentTenant();
        if (!hasTenant(tenant)) return value.apply(target, args);
        return runAsTenant(client, tenant, (tx) => {
          const model = Reflect.get(tx, key) as Record<
            PropertyKey,
            (...callArgs: unknown[]) => PromiseLike<unknown>
          >;
          return model[operation]!(...args);
        });
      };
    },
  });
}

function tenantRaw(client: Database, method: string): unknown {
  return (...args: unknown[]) => {
    const tenant = currentTenant();
    const call = (target: object) =>
      (Reflect.get(target, method) as (...callArgs: unknown[]) => PromiseLike<unknown>).apply(
        target,
        args,
      );
    if (!hasTenant(tenant)) return call(client);
    return runAsTenant(client, tenant, call);
  };
}

// The callback gets the plain transaction client: the tenant is set once, first thing.
function tenantTransaction(client: Database): unknown {
  return (callback: unknown, options?: Parameters<Database["$transaction"]>[1]) => {
    if (typeof callback !== "function") {
      throw new Error(
        "db.$transaction([...]) is not supported: row-level security needs the tenant set inside the transaction. " +
          "Use db.$transaction(async (tx) => { ... }).",
      );
    }
    const tenant = currentTenant();
    return client.$transaction(
      async (tx) => {
        if (hasTenant(tenant)) await applyTenantSettings(tx, tenant);
        return (callback as (tx: Transaction) => Promise<unknown>)(tx);
      },
      { ...SINGLE_QUERY_TRANSACTION, ...options },
    );
  };
}

let instance: Database | undefined;
const wrappers = new Map<PropertyKey, unknown>();

/**
 * The one Prisma client of the app, connected as the app role. Every query and transaction
 * runs as the tenant of `currentTenant()` (lib/tenancy/tenant-context.ts), so PostgreSQL's
 * row-level security applies to it. `$transaction` takes the callback form only.
 */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const client = (instance ??= getClient());
    const cached = wrappers.get(property);
    if (cached) return cached;
    let wrapper: unknown;
    if (property === "$transaction") wrapper = tenantTransaction(client);
    else if (typeof property === "string" && RAW_METHODS.has(property))
      wrapper = tenantRaw(client, property);
    else if (typeof property === "string" && MODEL_KEYS.has(property))
      wrapper = tenantModel(client, property);
    if (wrapper) {
      wrappers.set(property, wrapper);
      return wrapper;
    }
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/**
 * Runs a page's reads in ONE transaction as the current tenant: the tenant is set once and every
 * query of `read` (even those started together with Promise.all) goes to that transaction's
 * connection, instead of each query taking a pooled connection for its own BEGIN, set_config,
 * query and COMMIT. Under load this keeps a page to one connection and a quarter of the round
 * trips, so ten busy pages no longer exhaust the pool (docs/performance.md).
 *
 * For reads: a `db.$transaction` inside still opens its own transaction, and a different tenant
 * inside (runWithTenant) is not pinned. Without a tenant, `read` simply runs.
 */
export async function readAsTenant<T>(read: () => Promise<T>): Promise<T> {
  const tenant = currentTenant();
  if (!hasTenant(tenant) || pinnedFor(tenant)) return read();
  const client = (instance ??= getClient());
  return client.$transaction(async (tx) => {
    await applyTenantSettings(tx, tenant);
    return pinnedReads.run({ tenant, tx }, read);
  }, SINGLE_QUERY_TRANSACTION);
}
