import "server-only";
import { createPrismaClient, type Database } from "@/lib/db-client";

const globalForPrisma = globalThis as unknown as { incubaseDb?: Database };

function getClient(): Database {
  // Created on first use, not at import: `next build` imports route modules without a database.
  const client = globalForPrisma.incubaseDb ?? createPrismaClient();
  // Reused across hot reloads in development so each reload does not open a new pool.
  if (process.env.NODE_ENV === "development" || process.env.NODE_ENV === "production") {
    globalForPrisma.incubaseDb = client;
  }
  return client;
}

let instance: Database | undefined;

/** The one Prisma client of the app. */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    instance ??= getClient();
    const value: unknown = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});
