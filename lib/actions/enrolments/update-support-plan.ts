"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { getOperatorEnrolmentOrThrow } from "@/lib/data/cohort/lookups";
import { db } from "@/lib/db";
import { updateSupportPlanSchema } from "@/lib/schemas/cohort";

/** Records what the start-up wants coaching on and the languages its team works in. */
export const updateSupportPlan = organisationAction
  .metadata({ name: "update-support-plan", permission: "enrolment.manage" })
  .inputSchema(updateSupportPlanSchema)
  .action(
    async ({
      parsedInput: { enrolmentId, supportNeeds, workingLanguages },
      ctx: { user, organisation, request },
    }) => {
      await db.$transaction(async (tx) => {
        const enrolment = await getOperatorEnrolmentOrThrow(tx, {
          organisationId: organisation.id,
          enrolmentId,
        });
        const after = {
          supportNeeds: [...new Set(supportNeeds)],
          workingLanguages: [...new Set(workingLanguages)],
        };
        await tx.enrolment.update({
          where: { id: enrolment.id },
          data: after,
          select: { id: true },
        });
        await recordAuditEvent(tx, {
          organisationId: organisation.id,
          actorId: user.id,
          action: "enrolment.support_plan",
          targetType: "Enrolment",
          targetId: enrolment.id,
          before: {
            supportNeeds: enrolment.supportNeeds,
            workingLanguages: enrolment.workingLanguages,
          },
          after,
          ...request,
        });
      });
      revalidatePath(`/${organisation.slug}/cohort/${enrolmentId}`);
      return { enrolmentId };
    },
  );
