"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import {
  applyAllOrNothing,
  type CallApplication,
  getCallApplicationsOrThrow,
} from "@/lib/data/reviews/bulk-applications";
import { recordScreening, screeningProblem } from "@/lib/data/reviews/record-screening";
import { bulkScreenEligibleSchema } from "@/lib/schemas/reviews";

/**
 * Screens the selected submitted applications of a call eligible, moving each into review.
 * All or nothing: one that cannot be screened (already screened, withdrawn…) refuses the batch,
 * and every application's outcome is reported. Ineligible needs a reason each, so it stays a
 * one-by-one decision.
 */
export const bulkScreenEligible = organisationAction
  .metadata({ name: "bulk-screen-eligible", permission: "application.screen" })
  .inputSchema(bulkScreenEligibleSchema)
  .action(
    async ({ parsedInput: { callId, applicationIds }, ctx: { user, organisation, request } }) => {
      const result = await applyAllOrNothing<CallApplication>(async (tx) => ({
        items: await getCallApplicationsOrThrow(tx, {
          organisationId: organisation.id,
          callId,
          applicationIds,
        }),
        describe: (application) => ({
          applicationId: application.id,
          reference: application.reference,
        }),
        problem: async (application) => screeningProblem(application),
        apply: async (application) => {
          await recordScreening(tx, {
            application,
            outcome: "ELIGIBLE",
            reason: null,
            actorId: user.id,
            organisationId: organisation.id,
            request,
          });
          return "Screened eligible: now in review.";
        },
        wouldDo: "Can be screened eligible; nothing was changed.",
      }));
      if (result.isApplied) revalidatePath(`/${organisation.slug}/calls/${callId}`, "layout");
      return result;
    },
  );
