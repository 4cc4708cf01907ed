"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { findMilestoneForChange } from "@/lib/data/milestones/find-milestone-for-change";
import { listProgrammeOfficerIds } from "@/lib/data/milestones/milestone-recipients";
import { db } from "@/lib/db";
import { milestonePath, milestonePlanPath } from "@/lib/domain/milestone-paths";
import { signOffProblem } from "@/lib/domain/milestone-status";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { signOffMilestoneSchema } from "@/lib/schemas/milestones";

/**
 * A mentor assigned to the start-up (active assignment) signs off submitted evidence where the
 * milestone requires it; acceptance waits for this. A mentor not assigned gets NOT_FOUND, as for
 * any milestone they cannot see. The officers are told the milestone is ready to assess.
 */
export const signOffMilestone = organisationAction
  .metadata({ name: "sign-off-milestone", permission: "milestone.sign_off" })
  .inputSchema(signOffMilestoneSchema)
  .action(async ({ parsedInput: { milestoneId }, ctx: { user, organisation, request } }) => {
    const enrolmentId = await db.$transaction(async (tx) => {
      const milestone = await findMilestoneForChange(
        tx,
        { side: "MENTOR", organisationId: organisation.id, userId: user.id },
        milestoneId,
      );
      const problem = signOffProblem(milestone);
      if (problem) throw new AppError("CONFLICT", problem);
      const now = new Date();
      const updated = await tx.milestone.updateMany({
        where: { id: milestone.id, status: "SUBMITTED", mentorSignedOffAt: null },
        data: { mentorSignedOffById: user.id, mentorSignedOffAt: now },
      });
      if (updated.count !== 1) {
        throw new AppError(
          "CONFLICT",
          "This milestone changed while you were looking at it. Reload and try again.",
        );
      }
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: "milestone.sign_off",
        targetType: "Milestone",
        targetId: milestone.id,
        after: { mentorSignedOffAt: now },
        ...request,
      });
      const { enrolment } = milestone;
      await notify(tx, {
        organisationId: organisation.id,
        userIds: await listProgrammeOfficerIds(tx, enrolment.id),
        kind: "MILESTONE",
        title: `Signed off by the mentor: ${milestone.title}`,
        body: `${user.name} signed off ${enrolment.startup.name}'s evidence for "${milestone.title}". It is ready to assess.`,
        link: milestonePath(organisation.slug, enrolment.id, milestone.id),
      });
      return enrolment.id;
    });
    revalidatePath(milestonePlanPath(organisation.slug, enrolmentId));
    return { milestoneId };
  });
