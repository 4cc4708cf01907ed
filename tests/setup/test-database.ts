import { createPrismaClient, type Database } from "@/lib/db-client";

let client: Database | undefined;

/** A Prisma client on this test file's own database. */
export function testDb(): Database {
  client ??= createPrismaClient(process.env.DATABASE_URL);
  return client;
}

export async function disconnectTestDatabase(): Promise<void> {
  await client?.$disconnect();
  const { db } = await import("@/lib/db");
  await db.$disconnect();
}
