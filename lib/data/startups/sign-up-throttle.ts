import "server-only";
import { db } from "@/lib/db";

/**
 * Start-up registrations allowed per window: per client address (when our proxies tell us a
 * trustworthy one, see lib/auth/client-address.ts) and for the whole deployment. The second
 * holds when there is no trustworthy address (TRUSTED_PROXY_HOPS=0), so nobody can fill the
 * directory with organisations; its price is that a flood pauses everyone's sign-ups for up to
 * an hour, which is the lesser harm. Each user may found at most 5 start-ups a day besides
 * (app_register_startup, in the database).
 */
export const SIGN_UP_LIMITS = { address: 5, everyone: 100, windowMinutes: 60 } as const;

function keysFor(address: string | null) {
  const keys: { key: string; limit: number }[] = [
    { key: "sign-up:all", limit: SIGN_UP_LIMITS.everyone },
  ];
  if (address) keys.push({ key: `sign-up:ip:${address}`, limit: SIGN_UP_LIMITS.address });
  return keys;
}

/**
 * Counts one registration attempt (successful or not: a duplicate email counts too, so the
 * form cannot be used to probe many addresses) and returns true when it is over a limit. Uses
 * the sign-in throttle's table and its one-statement upsert, so concurrent attempts on several
 * app instances never lose a count. Runs outside the registration's transaction on purpose: a
 * refused or failed registration still counts.
 */
export async function countSignUpAttempt(address: string | null): Promise<boolean> {
  let isOverLimit = false;
  for (const { key, limit } of keysFor(address)) {
    const [row] = await db.$queryRaw<{ failures: number }[]>`
      insert into "LoginThrottle" ("key", "failures", "windowStart", "updatedAt")
      values (${key}, 1, now(), now())
      on conflict ("key") do update set
        "failures" = case when "LoginThrottle"."windowStart" <= now() - make_interval(mins => ${SIGN_UP_LIMITS.windowMinutes})
                          then 1 else "LoginThrottle"."failures" + 1 end,
        "windowStart" = case when "LoginThrottle"."windowStart" <= now() - make_interval(mins => ${SIGN_UP_LIMITS.windowMinutes})
                             then now() else "LoginThrottle"."windowStart" end,
        "updatedAt" = now()
      returning "failures"`;
    if ((row?.failures ?? 0) > limit) isOverLimit = true;
  }
  return isOverLimit;
}
