import "server-only";
import { db } from "@/lib/db";
import {
  clearAccountFailures,
  isSignInThrottled,
  recordSignInFailure,
} from "@/lib/auth/login-throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { SIGN_IN_THROTTLED_MESSAGE } from "@/lib/schemas/auth";

// A real argon2id hash of a random string: an unknown email is checked against it so that
// it costs the same time as a wrong password and the two cannot be told apart.
let dummyHash: Promise<string> | null = null;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}

/**
 * Returns the user when the email and password match an active account, else null.
 * Throws RATE_LIMITED once the account or the address used up its failed attempts.
 */
export async function authenticate(email: string, password: string, address: string | null = null) {
  if (await isSignInThrottled(email, address)) {
    throw new AppError("RATE_LIMITED", SIGN_IN_THROTTLED_MESSAGE);
  }
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    omit: { passwordHash: false },
  });
  if (!user) {
    await verifyPassword(await getDummyHash(), password);
    await recordSignInFailure(email, address);
    return null;
  }
  const isValid = await verifyPassword(user.passwordHash, password);
  if (!isValid || user.deactivatedAt) {
    await recordSignInFailure(email, address);
    return null;
  }
  await clearAccountFailures(email);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
