"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { findEnrolmentForPlanning } from "@/lib/data/milestones/find-enrolment-for-planning";
import { db } from "@/lib/db";
import { milestonePlanPath } from "@/lib/domain/milestone-paths";
import { milestoneSideOf } from "@/lib/domain/milestone-status";
import { AppError } from "@/lib/errors";
import { reorderMilestonesSchema } from "@/lib/schemas/milestones";

/**
 * Puts an enrolment's plan in the given order. The list must name exactly the plan's
 * milestones: one added or removed meanwhile on another screen makes it stale (CONFLICT).
 */
export const reorderMilestones = organisationAction
  .metadata({ name: "reorder-milestones", permission: "milestone.plan" })
  .inputSchema(reorderMilestonesSchema)
  .action(
    async ({
      parsedInput: { enrolmentId, milestoneIds },
      ctx: { user, organisation, membership, request },
    }) => {
      const side = milestoneSideOf(membership.role);
      if (!side) throw new AppError("FORBIDDEN", "Your role does not allow this action.");
      await db.$transaction(async (tx) => {
        const enrolment = await findEnrolmentForPlanning(
          tx,
          { side, organisationId: organisation.id },
          enrolmentId,
        );
        const current = enrolment.milestones.map((milestone) => milestone.id);
        const isSamePlan =
          current.length === milestoneIds.length &&
          [...current].sort().join() === [...milestoneIds].sort().join();
        if (!isSamePlan) {
          throw new AppError(
            "CONFLICT",
            "The plan changed while you were reordering it. Reload and try again.",
          );
        }
        const positionOf = new Map(enrolment.milestones.map((m) => [m.id, m.position]));
        for (const [position, id] of milestoneIds.entries()) {
          if (positionOf.get(id) === position) continue;
          await tx.milestone.updateMany({
            where: { id, enrolmentId: enrolment.id },
            data: { position },
          });
        }
        await recordAuditEvent(tx, {
          organisationId: organisation.id,
          actorId: user.id,
          action: "milestone.reorder",
          targetType: "Enrolment",
          targetId: enrolment.id,
          before: { order: current },
          after: { order: milestoneIds },
          ...request,
        });
      });
      revalidatePath(milestonePlanPath(organisation.slug, enrolmentId));
      return { enrolmentId };
    },
  );
