"use server";

import { actionClient } from "@/lib/actions/safe-action";
import { hashPassword } from "@/lib/auth/password";
import { checkPasswordRules } from "@/lib/auth/password-policy";
import { registerStartupOrganisation } from "@/lib/data/startups/register-startup-organisation";
import { countSignUpAttempt } from "@/lib/data/startups/sign-up-throttle";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { readRequestContext } from "@/lib/request-context";
import {
  EMAIL_UNAVAILABLE_MESSAGE,
  SIGN_UP_THROTTLED_MESSAGE,
  signUpSchema,
} from "@/lib/schemas/startups";

/**
 * A founder signs up: their account, their start-up (organisation + profile) and their ACTIVE
 * STARTUP_MEMBER membership, in one transaction. Public (no session), so it is rate-limited
 * per client address and for the deployment before anything else. The client signs in with
 * the new password afterwards. An email that already has an account gets one plain message
 * (EMAIL_UNAVAILABLE_MESSAGE explains what it does and does not reveal).
 */
export const signUpStartup = actionClient
  .metadata({ name: "sign-up-startup" })
  .inputSchema(signUpSchema)
  .action(async ({ parsedInput: { name, email, password, ...startup } }) => {
    const request = await readRequestContext();
    if (await countSignUpAttempt(request.ipAddress)) {
      throw new AppError("RATE_LIMITED", SIGN_UP_THROTTLED_MESSAGE);
    }
    const problem = checkPasswordRules(password, { email, name });
    if (problem) throw new AppError("INVALID", problem);
    // Hashed before the email is looked up, so a taken address answers no faster than a new one.
    const passwordHash = await hashPassword(password);

    try {
      const organisation = await db.$transaction(async (tx) => {
        const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
        if (existing) throw new AppError("CONFLICT", EMAIL_UNAVAILABLE_MESSAGE);
        const user = await tx.user.create({
          data: { email, name, passwordHash },
          select: { id: true },
        });
        return registerStartupOrganisation(tx, {
          founderId: user.id,
          startup,
          request,
          isNewAccount: true,
        });
      });
      return { organisationSlug: organisation.slug, email };
    } catch (error) {
      // Another request created the account between our check and the insert.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw new AppError("CONFLICT", EMAIL_UNAVAILABLE_MESSAGE);
      }
      throw error;
    }
  });
