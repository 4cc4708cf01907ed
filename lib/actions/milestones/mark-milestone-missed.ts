"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { changeMilestoneStatus } from "@/lib/data/milestones/change-milestone-status";
import { findMilestoneForChange } from "@/lib/data/milestones/find-milestone-for-change";
import { listStartupMemberIds } from "@/lib/data/milestones/milestone-recipients";
import { db } from "@/lib/db";
import { milestonePath, milestonePlanPath } from "@/lib/domain/milestone-paths";
import { notify } from "@/lib/notifications/notify";
import { markMilestoneMissedSchema } from "@/lib/schemas/milestones";

/** The officer closes a milestone as missed, with the reason; the start-up's people are told. */
export const markMilestoneMissed = organisationAction
  .metadata({ name: "mark-milestone-missed", permission: "milestone.assess" })
  .inputSchema(markMilestoneMissedSchema)
  .action(
    async ({ parsedInput: { milestoneId, reason }, ctx: { user, organisation, request } }) => {
      const enrolmentId = await db.$transaction(async (tx) => {
        const milestone = await findMilestoneForChange(
          tx,
          { side: "OFFICER", organisationId: organisation.id },
          milestoneId,
        );
        await changeMilestoneStatus(tx, {
          milestone,
          move: "MARK_MISSED",
          side: "OFFICER",
          actorId: user.id,
          auditOrganisationId: organisation.id,
          reason,
          data: { assessedById: user.id, assessmentComment: reason },
          request,
        });
        const { enrolment } = milestone;
        await notify(tx, {
          organisationId: organisation.id,
          userIds: await listStartupMemberIds(tx, enrolment.id),
          kind: "MILESTONE",
          title: `Marked missed: ${milestone.title}`,
          body: `${organisation.name} closed "${milestone.title}" as missed. ${reason}`,
          link: milestonePath(enrolment.startup.slug, enrolment.id, milestone.id),
        });
        return enrolment.id;
      });
      revalidatePath(milestonePlanPath(organisation.slug, enrolmentId));
      return { milestoneId, status: "MISSED" as const };
    },
  );
