"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { getOperatorApplicationOrThrow } from "@/lib/data/reviews/lookups";
import { recordScreening, screeningProblem } from "@/lib/data/reviews/record-screening";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { screenApplicationSchema } from "@/lib/schemas/reviews";

/**
 * The officer's eligibility check. A submitted application enters screening first; eligible
 * moves it on to review, ineligible rejects it with the reason recorded for the applicant.
 */
export const screenApplication = organisationAction
  .metadata({ name: "screen-application", permission: "application.screen" })
  .inputSchema(screenApplicationSchema)
  .action(
    async ({
      parsedInput: { applicationId, outcome, reason },
      ctx: { user, organisation, request },
    }) => {
      await db.$transaction(async (tx) => {
        const application = await getOperatorApplicationOrThrow(tx, {
          organisationId: organisation.id,
          applicationId,
        });
        const problem = screeningProblem(application);
        if (problem) throw new AppError("CONFLICT", problem);
        await recordScreening(tx, {
          application,
          outcome,
          reason: reason ?? null,
          actorId: user.id,
          organisationId: organisation.id,
          request,
        });
      });
      revalidatePath(`/${organisation.slug}`);
      return { applicationId, outcome };
    },
  );
