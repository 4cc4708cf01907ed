"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { changeMilestoneStatus } from "@/lib/data/milestones/change-milestone-status";
import { dueDateOf } from "@/lib/data/milestones/find-enrolment-for-planning";
import {
  assertEnrolmentActive,
  findMilestoneForChange,
} from "@/lib/data/milestones/find-milestone-for-change";
import {
  listProgrammeOfficerIds,
  listStartupMemberIds,
} from "@/lib/data/milestones/milestone-recipients";
import { db } from "@/lib/db";
import { formatHkDate, hongKongToday } from "@/lib/domain/dates";
import { milestonePath, milestonePlanPath } from "@/lib/domain/milestone-paths";
import { milestoneSideOf } from "@/lib/domain/milestone-status";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { delayMilestoneSchema } from "@/lib/schemas/milestones";

/**
 * Flags a milestone as delayed, with the reason and a revised due date (today or later). The
 * other side is told: the officers when the start-up reports a delay, the start-up's people
 * when the officer records one.
 */
export const delayMilestone = organisationAction
  .metadata({ name: "delay-milestone", permission: "milestone.plan" })
  .inputSchema(delayMilestoneSchema)
  .action(
    async ({
      parsedInput: { milestoneId, reason, dueOn },
      ctx: { user, organisation, membership, request },
    }) => {
      const side = milestoneSideOf(membership.role);
      if (!side) throw new AppError("FORBIDDEN", "Your role does not allow this action.");
      const revisedDueOn = dueDateOf(dueOn);
      if (revisedDueOn < hongKongToday()) {
        throw new AppError("INVALID", "Choose a revised due date from today on.");
      }
      const enrolmentId = await db.$transaction(async (tx) => {
        const milestone = await findMilestoneForChange(
          tx,
          { side, organisationId: organisation.id },
          milestoneId,
        );
        assertEnrolmentActive(milestone.enrolment);
        await changeMilestoneStatus(tx, {
          milestone,
          move: "DELAY",
          side,
          actorId: user.id,
          auditOrganisationId: organisation.id,
          reason,
          data: { dueOn: revisedDueOn },
          audit: { dueOn: revisedDueOn, previousDueOn: milestone.dueOn },
          request,
        });
        const { enrolment } = milestone;
        const isStartup = side === "STARTUP";
        await notify(tx, {
          organisationId: organisation.id,
          userIds: isStartup
            ? await listProgrammeOfficerIds(tx, enrolment.id)
            : await listStartupMemberIds(tx, enrolment.id),
          kind: "MILESTONE",
          title: `Delayed: ${milestone.title}`,
          body: `${isStartup ? enrolment.startup.name : enrolment.organisation.name} moved the due date from ${formatHkDate(milestone.dueOn)} to ${formatHkDate(revisedDueOn)}. ${reason}`,
          link: milestonePath(
            isStartup ? enrolment.organisation.slug : enrolment.startup.slug,
            enrolment.id,
            milestone.id,
          ),
        });
        return enrolment.id;
      });
      revalidatePath(milestonePlanPath(organisation.slug, enrolmentId));
      return { milestoneId, status: "DELAYED" as const };
    },
  );
