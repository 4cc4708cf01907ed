import "server-only";
import { createPrismaClient, type Database } from "@/lib/db-client";

const globalForPrisma = globalThis as unknown as { incubaseDb?: Database };

/** The one Prisma client of the app (reused across hot reloads in development). */
export const db: Database = globalForPrisma.incubaseDb ?? createPrismaClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.incubaseDb = db;
