"use server";

import { revalidatePath } from "next/cache";
import { authenticatedAction } from "@/lib/actions/safe-action";
import { registerStartupOrganisation } from "@/lib/data/startups/register-startup-organisation";
import { countSignUpAttempt } from "@/lib/data/startups/sign-up-throttle";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { registerStartupSchema, SIGN_UP_THROTTLED_MESSAGE } from "@/lib/schemas/startups";

/**
 * Someone already signed in (a founder with a second company, an officer elsewhere who also
 * founds one) registers a start-up with their own account and becomes its first member. The
 * same limits as sign-up apply, plus the database's five-a-day cap per founder.
 */
export const registerStartup = authenticatedAction
  .metadata({ name: "register-startup" })
  .inputSchema(registerStartupSchema)
  .action(async ({ parsedInput: startup, ctx: { user, request } }) => {
    if (await countSignUpAttempt(request.ipAddress)) {
      throw new AppError("RATE_LIMITED", SIGN_UP_THROTTLED_MESSAGE);
    }
    const organisation = await db.$transaction((tx) =>
      registerStartupOrganisation(tx, {
        founderId: user.id,
        startup,
        request,
        isNewAccount: false,
      }),
    );
    revalidatePath("/home");
    return { organisationSlug: organisation.slug };
  });
