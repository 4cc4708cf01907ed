import type { LoginThrottle, Prisma } from "@/lib/generated/prisma/client";
import type { FactoryDatabase } from "./database";
import { uniqueSuffix } from "./sequence";

/** Creates a sign-in throttle row: one failure for a new account key, window starting now. */
export function createLoginThrottle(
  db: FactoryDatabase,
  overrides: Partial<Prisma.LoginThrottleUncheckedCreateInput> = {},
): Promise<LoginThrottle> {
  return db.loginThrottle.create({
    data: { key: `account:user-${uniqueSuffix()}@example.test`, failures: 1, ...overrides },
  });
}
