import type { MilestoneStatus } from "@/lib/generated/prisma/enums";
import type { ScaleEnrolment } from "./cohort";
import { addDaysTo, atHongKongTime, daysBetween, type ScaleContext } from "./context";
import { spread } from "./random";
import { MILESTONE_PATHWAY } from "./words";

/** The regulatory milestones of one enrolment: tranches of a gated bucket name one of them. */
export type RegulatoryMilestones = Map<string, { id: string; status: MilestoneStatus }[]>;

const PREVIOUS_STATUS: Partial<Record<MilestoneStatus, MilestoneStatus>> = {
  IN_PROGRESS: "PLANNED",
  SUBMITTED: "IN_PROGRESS",
  ACHIEVED: "SUBMITTED",
  DELAYED: "IN_PROGRESS",
  MISSED: "IN_PROGRESS",
};

function statusFor(context: ScaleContext, enrolment: ScaleEnrolment, dueOn: Date): MilestoneStatus {
  const { random, today } = context;
  const daysOverdue = daysBetween(dueOn, today);
  if (enrolment.status === "GRADUATED") return random.chance(0.92) ? "ACHIEVED" : "MISSED";
  if (enrolment.status === "WITHDRAWN") {
    return daysOverdue > 0 ? random.weighted({ ACHIEVED: 60, MISSED: 40 }) : "PLANNED";
  }
  if (daysOverdue > 30)
    return random.weighted({ ACHIEVED: 80, DELAYED: 8, MISSED: 4, SUBMITTED: 8 });
  if (daysOverdue > 0) return random.weighted({ IN_PROGRESS: 35, SUBMITTED: 30, DELAYED: 35 });
  if (daysOverdue > -90) return random.chance(0.5) ? "IN_PROGRESS" : "PLANNED";
  return "PLANNED";
}

/**
 * Milestones per enrolment along a research → clinic → listing pathway, dated from the
 * enrolment's start; past ones achieved (assessed by an officer) or missed, recent ones in
 * progress, submitted or delayed, later ones planned. Each milestone that moved has its last
 * status change.
 */
export async function seedMilestones(
  context: ScaleContext,
  enrolments: ScaleEnrolment[],
): Promise<RegulatoryMilestones> {
  const { ids, now, random } = context;
  const milestones: unknown[][] = [];
  const changes: unknown[][] = [];
  const regulatory: RegulatoryMilestones = new Map();
  const counts = spread(context.plan.milestones, enrolments.length);
  enrolments.forEach((enrolment, index) => {
    const operator = enrolment.programme.operator;
    const ofEnrolment: { id: string; status: MilestoneStatus }[] = [];
    regulatory.set(enrolment.id, ofEnrolment);
    for (let position = 0; position < counts[index]!; position++) {
      const [category, title, offset] = MILESTONE_PATHWAY[position % MILESTONE_PATHWAY.length]!;
      const round = Math.floor(position / MILESTONE_PATHWAY.length);
      const dueOn = addDaysTo(enrolment.startsOn, offset + round * 1300);
      const status = statusFor(context, enrolment, dueOn);
      const id = ids.next("mi");
      const isAssessed = status === "ACHIEVED" || status === "MISSED";
      const submittedAt =
        status === "SUBMITTED" || status === "ACHIEVED"
          ? minDate(now, atHongKongTime(addDaysTo(dueOn, -random.int(0, 10)), 17))
          : null;
      const achievedAt =
        status === "ACHIEVED" && submittedAt
          ? minDate(now, addDaysTo(submittedAt, random.int(2, 10)))
          : null;
      const assessorId = isAssessed ? random.pick(operator.officers) : null;
      milestones.push([
        id,
        operator.id,
        enrolment.id,
        category,
        round === 0 ? title : `${title} (second programme)`,
        dueOn,
        status,
        position,
        submittedAt,
        achievedAt,
        assessorId,
        status === "ACHIEVED"
          ? "Evidence accepted."
          : status === "MISSED"
            ? "Not reached in the programme term."
            : null,
        now,
      ]);
      if (category === "REGULATORY") ofEnrolment.push({ id, status });
      const from = PREVIOUS_STATUS[status];
      if (!from) continue;
      const changedAt =
        achievedAt ?? submittedAt ?? minDate(now, atHongKongTime(addDaysTo(dueOn, -20), 11));
      const actorId = isAssessed ? assessorId : enrolment.startup.founderId;
      changes.push([
        ids.next("ms"),
        operator.id,
        id,
        from,
        status,
        actorId,
        status === "DELAYED" ? "The CRO moved our study slot by six weeks." : null,
        changedAt,
        changedAt,
      ]);
      if (status === "ACHIEVED") {
        context.audit.push({
          organisationId: operator.id,
          actorId,
          action: "milestone.assess",
          targetType: "Milestone",
          targetId: id,
          createdAt: changedAt,
        });
      }
    }
  });
  await context.writer.insert(
    "Milestone",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["enrolmentId", "text"],
      ["category", '"MilestoneCategory"'],
      ["title", "text"],
      ["dueOn", "date"],
      ["status", '"MilestoneStatus"'],
      ["position", "int"],
      ["submittedAt", "timestamptz"],
      ["achievedAt", "timestamptz"],
      ["assessedById", "text"],
      ["assessmentComment", "text"],
      ["updatedAt", "timestamptz"],
    ],
    milestones,
  );
  await context.writer.insert(
    "MilestoneStatusChange",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["milestoneId", "text"],
      ["fromStatus", '"MilestoneStatus"'],
      ["toStatus", '"MilestoneStatus"'],
      ["actorId", "text"],
      ["reason", "text"],
      ["createdAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ],
    changes,
  );
  return regulatory;
}

function minDate(a: Date, b: Date): Date {
  return a < b ? a : b;
}
