"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { changeApplicationStatus } from "@/lib/data/applications/change-application-status";
import { findStartupApplicationForChange } from "@/lib/data/applications/find-startup-application-for-change";
import { db } from "@/lib/db";
import { withdrawApplicationSchema } from "@/lib/schemas/applications";

/** Withdraws the start-up's application before a decision; the reason goes on its timeline. */
export const withdrawApplication = organisationAction
  .metadata({ name: "withdraw-application", permission: "application.withdraw" })
  .inputSchema(withdrawApplicationSchema)
  .action(
    async ({ parsedInput: { applicationId, reason }, ctx: { user, organisation, request } }) => {
      await db.$transaction(async (tx) => {
        const application = await findStartupApplicationForChange(tx, {
          startupId: organisation.id,
          applicationId,
        });
        await changeApplicationStatus(tx, {
          application,
          to: "WITHDRAWN",
          side: "STARTUP",
          actorId: user.id,
          auditOrganisationId: organisation.id,
          reason,
          request,
        });
      });
      revalidatePath(`/${organisation.slug}/applications`);
      return { applicationId };
    },
  );
