"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import {
  assertEnrolmentActive,
  findMilestoneForChange,
} from "@/lib/data/milestones/find-milestone-for-change";
import { db } from "@/lib/db";
import { milestonePlanPath } from "@/lib/domain/milestone-paths";
import { isRemovableMilestoneStatus, milestoneSideOf } from "@/lib/domain/milestone-status";
import { AppError } from "@/lib/errors";
import { milestoneTargetSchema } from "@/lib/schemas/milestones";

/**
 * Takes a milestone nobody has started off the plan (added by mistake, or no longer part of the
 * strategy). Anything started, or a milestone a grant tranche is tied to, stays: mark it missed
 * or delayed instead, so the record of what was promised remains.
 */
export const removeMilestone = organisationAction
  .metadata({ name: "remove-milestone", permission: "milestone.plan" })
  .inputSchema(milestoneTargetSchema)
  .action(
    async ({ parsedInput: { milestoneId }, ctx: { user, organisation, membership, request } }) => {
      const side = milestoneSideOf(membership.role);
      if (!side) throw new AppError("FORBIDDEN", "Your role does not allow this action.");
      const enrolmentId = await db.$transaction(async (tx) => {
        const milestone = await findMilestoneForChange(
          tx,
          { side, organisationId: organisation.id },
          milestoneId,
        );
        assertEnrolmentActive(milestone.enrolment);
        if (!isRemovableMilestoneStatus(milestone.status)) {
          throw new AppError(
            "CONFLICT",
            "Only a planned milestone can be removed. Mark it delayed or ask the programme team to mark it missed.",
          );
        }
        if (milestone._count.gatedDisbursements > 0 || milestone._count.evidence > 0) {
          throw new AppError(
            "CONFLICT",
            "A grant tranche or evidence is tied to this milestone, so it stays on the plan.",
          );
        }
        const removed = await tx.milestone.deleteMany({
          where: { id: milestone.id, status: "PLANNED" },
        });
        if (removed.count !== 1) {
          throw new AppError(
            "CONFLICT",
            "This milestone changed while you were looking at it. Reload and try again.",
          );
        }
        await recordAuditEvent(tx, {
          organisationId: organisation.id,
          actorId: user.id,
          action: "milestone.remove",
          targetType: "Milestone",
          targetId: milestone.id,
          before: {
            enrolmentId: milestone.enrolmentId,
            title: milestone.title,
            category: milestone.category,
            dueOn: milestone.dueOn,
          },
          ...request,
        });
        return milestone.enrolmentId;
      });
      revalidatePath(milestonePlanPath(organisation.slug, enrolmentId));
      return { milestoneId };
    },
  );
