import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** Builds a Prisma client on adapter-pg; password hashes are omitted unless asked for. */
export function createPrismaClient(databaseUrl: string = requireDatabaseUrl()) {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 15_000,
  });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Database = ReturnType<typeof createPrismaClient>;

function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app through `npm start` or `npm run dev`.");
  return url;
}
