import "server-only";
import { formatHkDate } from "@/lib/domain/dates";
import { AppError } from "@/lib/errors";
import type { Transaction } from "./transaction";

/**
 * Inside an action's transaction: the enrolment whose plan the start-up (its own) or the
 * operator's officer (its tenant's) is changing, with the plan's positions. NOT_FOUND outside
 * that reach; CONFLICT once the enrolment has ended.
 */
export async function findEnrolmentForPlanning(
  tx: Transaction,
  reach: { side: "STARTUP" | "OFFICER"; organisationId: string },
  enrolmentId: string,
) {
  const enrolment = await tx.enrolment.findFirst({
    where: {
      id: enrolmentId,
      ...(reach.side === "STARTUP"
        ? { startupId: reach.organisationId }
        : { organisationId: reach.organisationId }),
    },
    select: {
      id: true,
      organisationId: true,
      startupId: true,
      status: true,
      startsOn: true,
      programme: { select: { name: true } },
      startup: { select: { slug: true, name: true } },
      organisation: { select: { slug: true, name: true } },
      milestones: {
        orderBy: [{ position: "asc" }, { dueOn: "asc" }],
        select: { id: true, position: true, templateId: true, title: true },
      },
    },
  });
  if (!enrolment) {
    throw new AppError("NOT_FOUND", "That enrolment does not exist.", {
      reason: `enrolment ${enrolmentId} is not reachable by ${reach.side} ${reach.organisationId}`,
    });
  }
  if (enrolment.status !== "ACTIVE") {
    throw new AppError(
      "CONFLICT",
      `This enrolment is ${enrolment.status.toLowerCase()}: its milestone plan can no longer change.`,
    );
  }
  return enrolment;
}

/** The next free position at the end of a plan. */
export function nextPosition(milestones: { position: number }[]): number {
  return milestones.reduce((highest, milestone) => Math.max(highest, milestone.position + 1), 0);
}

/** A due date as the `@db.Date` value (UTC midnight of that Hong Kong day). */
export function dueDateOf(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00.000Z`);
}

/** Refuses a due date before the enrolment started. */
export function assertDueDateInTerm(dueOn: Date, enrolment: { startsOn: Date }): void {
  if (dueOn < enrolment.startsOn) {
    throw new AppError(
      "INVALID",
      `Choose a due date on or after the enrolment's start (${formatHkDate(enrolment.startsOn)}).`,
    );
  }
}
