import "server-only";
import { db } from "@/lib/db";

/** Failed sign-ins allowed per window before further attempts are refused. */
export const LOGIN_LIMITS = { account: 10, address: 50, windowMinutes: 15 } as const;

function keysFor(email: string, address: string | null) {
  const keys: { key: string; limit: number }[] = [
    { key: `account:${email.trim().toLowerCase()}`, limit: LOGIN_LIMITS.account },
  ];
  if (address) keys.push({ key: `ip:${address}`, limit: LOGIN_LIMITS.address });
  return keys;
}

/** True when the account or the client address used up its failed attempts in this window. */
export async function isSignInThrottled(email: string, address: string | null): Promise<boolean> {
  const keys = keysFor(email, address);
  const rows = await db.loginThrottle.findMany({
    where: {
      key: { in: keys.map((entry) => entry.key) },
      windowStart: { gt: new Date(Date.now() - LOGIN_LIMITS.windowMinutes * 60_000) },
    },
  });
  return rows.some(
    (row) => row.failures >= (keys.find((entry) => entry.key === row.key)?.limit ?? 0),
  );
}

/** Counts one failed attempt against the account and the address, atomically across instances. */
export async function recordSignInFailure(email: string, address: string | null): Promise<void> {
  for (const { key } of keysFor(email, address)) {
    // One statement: concurrent failures from several app instances never lose a count.
    await db.$executeRaw`
      insert into "LoginThrottle" ("key", "failures", "windowStart", "updatedAt")
      values (${key}, 1, now(), now())
      on conflict ("key") do update set
        "failures" = case when "LoginThrottle"."windowStart" <= now() - make_interval(mins => ${LOGIN_LIMITS.windowMinutes})
                          then 1 else "LoginThrottle"."failures" + 1 end,
        "windowStart" = case when "LoginThrottle"."windowStart" <= now() - make_interval(mins => ${LOGIN_LIMITS.windowMinutes})
                             then now() else "LoginThrottle"."windowStart" end,
        "updatedAt" = now()`;
  }
}

/** A successful sign-in clears the account's counter (not the address's). */
export async function clearAccountFailures(email: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: `account:${email.trim().toLowerCase()}` } });
}
