import { defineConfig } from "prisma/config";

// DATABASE_URL is set by scripts/run-with-db.ts (embedded PostgreSQL) or by the caller.
// `prisma generate` needs no database, so a missing URL must not fail config loading.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unset" },
});
