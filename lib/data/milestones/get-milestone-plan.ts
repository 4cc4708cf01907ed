import "server-only";
import { db } from "@/lib/db";
import { READ_TRANSACTION } from "@/lib/data/milestones/read-transaction";
import type { MilestoneReach } from "./find-milestone-for-change";
import { enrolmentReachWhere } from "./milestone-reach";
import { summariseMilestones } from "./summarise-milestones";

/**
 * One enrolment's milestone plan, in plan order, for a reader who reaches it (null otherwise:
 * the page shows 404). Carries what the plan shows per row and the templates not yet in it.
 */
export async function getMilestonePlan(
  reach: MilestoneReach,
  enrolmentId: string,
  now: Date = new Date(),
) {
  return db.$transaction(async (tx) => {
    const enrolment = await tx.enrolment.findFirst({
      where: { id: enrolmentId, ...enrolmentReachWhere(reach) },
      select: {
        id: true,
        status: true,
        startsOn: true,
        endsOn: true,
        organisationId: true,
        programme: { select: { id: true, name: true, nameZh: true, kind: true } },
        startup: { select: { id: true, slug: true, name: true, nameZh: true } },
        organisation: { select: { slug: true, name: true, nameZh: true } },
        mentorAssignments: {
          where: { status: "ACTIVE" },
          select: { mentor: { select: { id: true, name: true } } },
        },
        milestones: {
          orderBy: [{ position: "asc" }, { dueOn: "asc" }],
          select: {
            id: true,
            title: true,
            category: true,
            description: true,
            dueOn: true,
            status: true,
            position: true,
            templateId: true,
            requiresMentorSignOff: true,
            mentorSignedOffAt: true,
            submittedAt: true,
            achievedAt: true,
            _count: { select: { evidence: true } },
          },
        },
      },
    });
    if (!enrolment) return null;
    const templates = await tx.milestoneTemplate.findMany({
      where: { OR: [{ organisationId: null }, { organisationId: enrolment.organisationId }] },
      orderBy: [{ defaultOffsetDays: "asc" }, { title: "asc" }],
      select: {
        id: true,
        key: true,
        category: true,
        title: true,
        titleZh: true,
        description: true,
        defaultOffsetDays: true,
        requiresMentorSignOff: true,
      },
    });
    const inPlan = new Set(enrolment.milestones.map((milestone) => milestone.templateId));
    const { milestones, mentorAssignments, ...rest } = enrolment;
    return {
      enrolment: { ...rest, mentors: mentorAssignments.map((assignment) => assignment.mentor) },
      milestones: milestones.map(({ _count, ...milestone }) => ({
        ...milestone,
        evidenceCount: _count.evidence,
      })),
      summary: summariseMilestones(milestones, now),
      templates: templates.map((template) => ({ ...template, isInPlan: inPlan.has(template.id) })),
    };
  }, READ_TRANSACTION);
}

export type MilestonePlanData = NonNullable<Awaited<ReturnType<typeof getMilestonePlan>>>;
export type MilestonePlanRow = MilestonePlanData["milestones"][number];
export type MilestoneTemplateOption = MilestonePlanData["templates"][number];
