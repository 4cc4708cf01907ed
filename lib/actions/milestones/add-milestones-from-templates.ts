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
import { addDays } from "@/lib/domain/dates";
import { milestonePlanPath } from "@/lib/domain/milestone-paths";
import { milestoneSideOf } from "@/lib/domain/milestone-status";
import { AppError } from "@/lib/errors";
import { addMilestonesFromTemplatesSchema } from "@/lib/schemas/milestones";

/**
 * Adds milestones from pathway templates (the platform's, or the operator's own) to the end of
 * an enrolment's plan, in template order. Each due date defaults to the enrolment's start plus
 * the template's offset; the template's mentor sign-off requirement comes along. A template
 * already in the plan is refused, so a double submit adds nothing twice.
 */
export const addMilestonesFromTemplates = organisationAction
  .metadata({ name: "add-milestones-from-templates", permission: "milestone.plan" })
  .inputSchema(addMilestonesFromTemplatesSchema)
  .action(
    async ({
      parsedInput: { enrolmentId, items },
      ctx: { user, organisation, membership, request },
    }) => {
      const side = milestoneSideOf(membership.role);
      if (!side) throw new AppError("FORBIDDEN", "Your role does not allow this action.");
      const created = await db.$transaction(async (tx) => {
        const enrolment = await findEnrolmentForPlanning(
          tx,
          { side, organisationId: organisation.id },
          enrolmentId,
        );
        const templates = await tx.milestoneTemplate.findMany({
          where: {
            id: { in: items.map((item) => item.templateId) },
            OR: [{ organisationId: null }, { organisationId: enrolment.organisationId }],
          },
          orderBy: [{ defaultOffsetDays: "asc" }, { title: "asc" }],
        });
        if (templates.length !== items.length) {
          throw new AppError("NOT_FOUND", "One of those templates does not exist.");
        }
        const inPlan = new Set(enrolment.milestones.map((milestone) => milestone.templateId));
        const duplicate = templates.find((template) => inPlan.has(template.id));
        if (duplicate) {
          throw new AppError(
            "CONFLICT",
            `"${duplicate.title}" is already in this plan. Edit it there, or write a second one by hand.`,
          );
        }
        const dueOnByTemplate = new Map(items.map((item) => [item.templateId, item.dueOn]));
        let position = nextPosition(enrolment.milestones);
        const milestones: { id: string; title: string }[] = [];
        for (const template of templates) {
          const chosen = dueOnByTemplate.get(template.id);
          const dueOn = chosen
            ? dueDateOf(chosen)
            : addDays(enrolment.startsOn, template.defaultOffsetDays);
          assertDueDateInTerm(dueOn, enrolment);
          const milestone = await tx.milestone.create({
            data: {
              organisationId: enrolment.organisationId,
              enrolmentId: enrolment.id,
              templateId: template.id,
              category: template.category,
              title: template.title,
              description: template.description,
              dueOn,
              position: position++,
              requiresMentorSignOff: template.requiresMentorSignOff,
            },
            select: { id: true, title: true, dueOn: true },
          });
          await tx.milestoneStatusChange.create({
            data: {
              organisationId: enrolment.organisationId,
              milestoneId: milestone.id,
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
            targetId: milestone.id,
            after: { enrolmentId, templateKey: template.key, dueOn: milestone.dueOn },
            ...request,
          });
          milestones.push({ id: milestone.id, title: milestone.title });
        }
        return milestones;
      });
      revalidatePath(milestonePlanPath(organisation.slug, enrolmentId));
      return { milestoneIds: created.map((milestone) => milestone.id) };
    },
  );
