"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { assertDueDateInTerm, dueDateOf } from "@/lib/data/milestones/find-enrolment-for-planning";
import {
  assertEnrolmentActive,
  findMilestoneForChange,
} from "@/lib/data/milestones/find-milestone-for-change";
import { db } from "@/lib/db";
import { milestonePlanPath } from "@/lib/domain/milestone-paths";
import { isEditableMilestoneStatus, milestoneSideOf } from "@/lib/domain/milestone-status";
import { AppError } from "@/lib/errors";
import { updateMilestoneSchema } from "@/lib/schemas/milestones";

/**
 * Edits a milestone while it is planned or in progress: once evidence is in, what was promised
 * no longer changes (a new date goes through "delayed"). The start-up cannot change whether a
 * mentor must sign off; the officer can.
 */
export const updateMilestone = organisationAction
  .metadata({ name: "update-milestone", permission: "milestone.plan" })
  .inputSchema(updateMilestoneSchema)
  .action(async ({ parsedInput: input, ctx: { user, organisation, membership, request } }) => {
    const side = milestoneSideOf(membership.role);
    if (!side) throw new AppError("FORBIDDEN", "Your role does not allow this action.");
    const enrolmentId = await db.$transaction(async (tx) => {
      const milestone = await findMilestoneForChange(
        tx,
        { side, organisationId: organisation.id },
        input.milestoneId,
      );
      assertEnrolmentActive(milestone.enrolment);
      if (!isEditableMilestoneStatus(milestone.status)) {
        throw new AppError(
          "CONFLICT",
          "Only planned or in-progress milestones can be edited. To move a due date, mark the milestone delayed.",
        );
      }
      const dueOn = dueDateOf(input.dueOn);
      assertDueDateInTerm(dueOn, milestone.enrolment);
      const next = {
        category: input.category,
        title: input.title,
        description: input.description ?? null,
        dueOn,
        requiresMentorSignOff:
          side === "OFFICER"
            ? (input.requiresMentorSignOff ?? milestone.requiresMentorSignOff)
            : milestone.requiresMentorSignOff,
      };
      const updated = await tx.milestone.updateMany({
        where: { id: milestone.id, status: milestone.status },
        data: next,
      });
      if (updated.count !== 1) {
        throw new AppError(
          "CONFLICT",
          "This milestone changed while you were editing it. Reload and try again.",
        );
      }
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: "milestone.update",
        targetType: "Milestone",
        targetId: milestone.id,
        before: {
          category: milestone.category,
          title: milestone.title,
          description: milestone.description,
          dueOn: milestone.dueOn,
          requiresMentorSignOff: milestone.requiresMentorSignOff,
        },
        after: next,
        ...request,
      });
      return milestone.enrolmentId;
    });
    revalidatePath(milestonePlanPath(organisation.slug, enrolmentId));
    return { milestoneId: input.milestoneId };
  });
