"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { changeMilestoneStatus } from "@/lib/data/milestones/change-milestone-status";
import { findMilestoneForChange } from "@/lib/data/milestones/find-milestone-for-change";
import { listStartupMemberIds } from "@/lib/data/milestones/milestone-recipients";
import { db } from "@/lib/db";
import { milestonePath, milestonePlanPath } from "@/lib/domain/milestone-paths";
import { acceptanceProblem } from "@/lib/domain/milestone-status";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { assessMilestoneSchema } from "@/lib/schemas/milestones";

/**
 * The officer's assessment of submitted evidence: accept (ACHIEVED; refused while a required
 * mentor sign-off is missing), or return it with comments (back to IN_PROGRESS; a sign-off
 * given on the returned evidence is cleared, since the start-up will submit new evidence).
 * The start-up's people are told either way.
 */
export const assessMilestone = organisationAction
  .metadata({ name: "assess-milestone", permission: "milestone.assess" })
  .inputSchema(assessMilestoneSchema)
  .action(
    async ({
      parsedInput: { milestoneId, outcome, comment },
      ctx: { user, organisation, request },
    }) => {
      const result = await db.$transaction(async (tx) => {
        const milestone = await findMilestoneForChange(
          tx,
          { side: "OFFICER", organisationId: organisation.id },
          milestoneId,
        );
        const now = new Date();
        if (outcome === "ACCEPT") {
          const problem = acceptanceProblem(milestone);
          if (problem) throw new AppError("CONFLICT", problem);
        }
        const status = await changeMilestoneStatus(tx, {
          milestone,
          move: outcome,
          side: "OFFICER",
          actorId: user.id,
          auditOrganisationId: organisation.id,
          reason: comment ?? null,
          data:
            outcome === "ACCEPT"
              ? { achievedAt: now, assessedById: user.id, assessmentComment: comment ?? null }
              : {
                  assessedById: user.id,
                  assessmentComment: comment ?? null,
                  mentorSignedOffById: null,
                  mentorSignedOffAt: null,
                },
          request,
        });
        const { enrolment } = milestone;
        await notify(tx, {
          organisationId: organisation.id,
          userIds: await listStartupMemberIds(tx, enrolment.id),
          kind: "MILESTONE",
          title:
            outcome === "ACCEPT"
              ? `Achieved: ${milestone.title}`
              : `Returned for more evidence: ${milestone.title}`,
          body:
            outcome === "ACCEPT"
              ? `${organisation.name} accepted your evidence for "${milestone.title}".${comment ? ` ${comment}` : ""}`
              : `${organisation.name} returned "${milestone.title}": ${comment}`,
          link: milestonePath(enrolment.startup.slug, enrolment.id, milestone.id),
        });
        return { status, enrolmentId: enrolment.id };
      });
      revalidatePath(milestonePlanPath(organisation.slug, result.enrolmentId));
      return { milestoneId, status: result.status };
    },
  );
