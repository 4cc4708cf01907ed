import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  // The app's own connection (role incubase_app, bound by row-level security); see lib/db-client.ts.
  APP_DATABASE_URL: z
    .string()
    .url({ message: "APP_DATABASE_URL must be a postgresql:// URL" })
    .optional(),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(25),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
});

/** Validated server environment; throws a readable error on the first bad variable. */
export function readEnv(): z.infer<typeof schema> {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${issues.join("\n  ")}`);
  }
  return parsed.data;
}
