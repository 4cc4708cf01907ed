"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import {
  assertDueDateInTerm,
  dueDateOf,
  findEnrolmentForPlanning,
  nextPosition,
} from "@/lib/data/milestones/find-enrolment-for-planning";
import { db } from "@/lib/db";
import { milestonePlanPath } from "@/lib/domain/milestone-paths";
import { milestoneSideOf } from "@/lib/domain/milestone-status";
import { AppError } from "@/lib/errors";
import { createMilestoneSchema } from "@/lib/schemas/milestones";

/**
 * Adds a milestone written by hand at the end of an enrolment's plan, PLANNED. The start-up
 * plans its own enrolments; the officer any of the operator's. Only the programme team decides
 * that a milestone needs a mentor's sign-off.
 */
export const createMilestone = organisationAction
  .metadata({ name: "create-milestone", permission: "milestone.plan" })
  .inputSchema(createMilestoneSchema)
  .action(async ({ parsedInput: input, ctx: { user, organisation, membership, request } }) => {
    const side = milestoneSideOf(membership.role);
    if (!side) throw new AppError("FORBIDDEN", "Your role does not allow this action.");
    const milestone = await db.$transaction(async (tx) => {
      const enrolment = await findEnrolmentForPlanning(
        tx,
        { side, organisationId: organisation.id },
        input.enrolmentId,
      );
      const dueOn = dueDateOf(input.dueOn);
      assertDueDateInTerm(dueOn, enrolment);
      const created = await tx.milestone.create({
        data: {
          organisationId: enrolment.organisationId,
          enrolmentId: enrolment.id,
          category: input.category,
          title: input.title,
          description: input.description ?? null,
          dueOn,
          position: nextPosition(enrolment.milestones),
          requiresMentorSignOff:
            side === "OFFICER" ? (input.requiresMentorSignOff ?? false) : false,
        },
        select: { id: true, title: true, dueOn: true, requiresMentorSignOff: true },
      });
      await tx.milestoneStatusChange.create({
        data: {
          organisationId: enrolment.organisationId,
          milestoneId: created.id,
          fromStatus: null,
          toStatus: "PLANNED",
          actorId: user.id,
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: "milestone.create",
        targetType: "Milestone",
        targetId: created.id,
        after: { enrolmentId: enrolment.id, ...created, category: input.category },
        ...request,
      });
      return created;
    });
    revalidatePath(milestonePlanPath(organisation.slug, input.enrolmentId));
    return { milestoneId: milestone.id };
  });
