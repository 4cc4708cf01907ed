"use server";

import { revalidatePath } from "next/cache";
import { organisationAction } from "@/lib/actions/safe-action";
import { changeMilestoneStatus } from "@/lib/data/milestones/change-milestone-status";
import {
  assertEnrolmentActive,
  findMilestoneForChange,
} from "@/lib/data/milestones/find-milestone-for-change";
import {
  listAssignedMentorIds,
  listProgrammeOfficerIds,
} from "@/lib/data/milestones/milestone-recipients";
import { db } from "@/lib/db";
import { milestonePath, milestonePlanPath } from "@/lib/domain/milestone-paths";
import { notify } from "@/lib/notifications/notify";
import { submitMilestoneEvidenceSchema } from "@/lib/schemas/milestones";

/**
 * The start-up submits evidence for assessment: the note is recorded as a new evidence entry
 * (files are uploaded to it next, through the milestone-evidence upload target, until the
 * officer assesses it) and the milestone waits for the officer. The programme officers are
 * told, and so are the assigned mentors when their sign-off is required.
 */
export const submitMilestoneEvidence = organisationAction
  .metadata({ name: "submit-milestone-evidence", permission: "milestone.submit_evidence" })
  .inputSchema(submitMilestoneEvidenceSchema)
  .action(async ({ parsedInput: { milestoneId, note }, ctx: { user, organisation, request } }) => {
    const result = await db.$transaction(async (tx) => {
      const milestone = await findMilestoneForChange(
        tx,
        { side: "STARTUP", organisationId: organisation.id },
        milestoneId,
      );
      assertEnrolmentActive(milestone.enrolment);
      const evidence = await tx.milestoneEvidence.create({
        data: {
          organisationId: milestone.organisationId,
          milestoneId: milestone.id,
          note,
          submittedById: user.id,
        },
        select: { id: true },
      });
      await changeMilestoneStatus(tx, {
        milestone,
        move: "SUBMIT_EVIDENCE",
        side: "STARTUP",
        actorId: user.id,
        auditOrganisationId: organisation.id,
        data: { submittedAt: new Date() },
        audit: { evidenceId: evidence.id },
        request,
      });
      const { enrolment } = milestone;
      const link = milestonePath(enrolment.organisation.slug, enrolment.id, milestone.id);
      await notify(tx, {
        organisationId: organisation.id,
        userIds: await listProgrammeOfficerIds(tx, enrolment.id),
        kind: "MILESTONE",
        title: `Evidence to assess: ${milestone.title}`,
        body: `${enrolment.startup.name} submitted evidence for "${milestone.title}" (${enrolment.programme.name}).`,
        link,
      });
      if (milestone.requiresMentorSignOff && !milestone.mentorSignedOffAt) {
        await notify(tx, {
          organisationId: organisation.id,
          userIds: await listAssignedMentorIds(tx, enrolment.id),
          kind: "MILESTONE",
          title: `Sign-off requested: ${milestone.title}`,
          body: `${enrolment.startup.name} submitted evidence for "${milestone.title}". It needs your sign-off before the programme team can accept it.`,
          link,
        });
      }
      return { evidenceId: evidence.id, enrolmentId: enrolment.id };
    });
    revalidatePath(milestonePlanPath(organisation.slug, result.enrolmentId));
    return { milestoneId, evidenceId: result.evidenceId, status: "SUBMITTED" as const };
  });
