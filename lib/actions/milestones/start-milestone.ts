"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { changeMilestoneStatus } from "@/lib/data/milestones/change-milestone-status";
import { assertDueDateInTerm, dueDateOf } from "@/lib/data/milestones/find-enrolment-for-planning";
import {
  assertEnrolmentActive,
  findMilestoneForChange,
} from "@/lib/data/milestones/find-milestone-for-change";
import { db } from "@/lib/db";
import { milestonePlanPath } from "@/lib/domain/milestone-paths";
import { milestoneSideOf } from "@/lib/domain/milestone-status";
import { AppError } from "@/lib/errors";
import { startMilestoneSchema } from "@/lib/schemas/milestones";

/** Starts a planned milestone, or resumes a delayed one (optionally on a new due date). */
export const startMilestone = organisationAction
  .metadata({ name: "start-milestone", permission: "milestone.plan" })
  .inputSchema(startMilestoneSchema)
  .action(
    async ({
      parsedInput: { milestoneId, dueOn },
      ctx: { user, organisation, membership, request },
    }) => {
      const side = milestoneSideOf(membership.role);
      if (!side) throw new AppError("FORBIDDEN", "Your role does not allow this action.");
      const result = await db.$transaction(async (tx) => {
        const milestone = await findMilestoneForChange(
          tx,
          { side, organisationId: organisation.id },
          milestoneId,
        );
        assertEnrolmentActive(milestone.enrolment);
        const revisedDueOn = dueOn ? dueDateOf(dueOn) : undefined;
        if (revisedDueOn) assertDueDateInTerm(revisedDueOn, milestone.enrolment);
        const status = await changeMilestoneStatus(tx, {
          milestone,
          move: milestone.status === "DELAYED" ? "RESUME" : "START",
          side,
          actorId: user.id,
          auditOrganisationId: organisation.id,
          data: revisedDueOn ? { dueOn: revisedDueOn } : undefined,
          audit: revisedDueOn ? { dueOn: revisedDueOn, previousDueOn: milestone.dueOn } : undefined,
          request,
        });
        return { status, enrolmentId: milestone.enrolmentId };
      });
      revalidatePath(milestonePlanPath(organisation.slug, result.enrolmentId));
      return { milestoneId, status: result.status };
    },
  );
