import type { EnrolmentStatus } from "@/lib/generated/prisma/enums";

/**
 * The enrolment status machine: ACTIVE → GRADUATED | WITHDRAWN, both final. Every move out of
 * ACTIVE needs a reason (it is shown on the enrolment and kept in the audit trail).
 */
export const ENROLMENT_TRANSITIONS: Record<EnrolmentStatus, readonly EnrolmentStatus[]> = {
  ACTIVE: ["GRADUATED", "WITHDRAWN"],
  GRADUATED: [],
  WITHDRAWN: [],
};

/** True when an enrolment may move from `from` to `to`. */
export function canMoveEnrolment(from: EnrolmentStatus, to: EnrolmentStatus): boolean {
  return ENROLMENT_TRANSITIONS[from].includes(to);
}

/** Statuses an enrolment may move to from `from`. */
export function nextEnrolmentStatuses(from: EnrolmentStatus): EnrolmentStatus[] {
  return [...ENROLMENT_TRANSITIONS[from]];
}

export type EnrolmentMoveCheck = { isAllowed: true } | { isAllowed: false; message: string };

const verbs: Record<EnrolmentStatus, string> = {
  ACTIVE: "reactivated",
  GRADUATED: "graduated",
  WITHDRAWN: "withdrawn",
};

/** Whether the move is allowed, and if not, a sentence the officer understands. */
export function checkEnrolmentMove(
  from: EnrolmentStatus,
  to: EnrolmentStatus,
  reason: string | null | undefined,
): EnrolmentMoveCheck {
  if (from === to) {
    return { isAllowed: false, message: `The enrolment is already ${verbs[to]}.` };
  }
  if (!canMoveEnrolment(from, to)) {
    return {
      isAllowed: false,
      message: `A ${verbs[from]} enrolment is final: it cannot be ${verbs[to]}.`,
    };
  }
  if (!reason || reason.trim().length === 0) {
    return { isAllowed: false, message: `Say why the start-up is ${verbs[to]}.` };
  }
  return { isAllowed: true };
}

/**
 * The term of an enrolment that starts on `startsOn` (a `@db.Date` value, UTC midnight) and
 * lasts `months` months: it ends the day before the same date `months` later (a 48-month term
 * from 1 Jun 2026 ends 31 May 2030). When that month has no such date, the term runs to the
 * month's last day (one month from 31 Jan 2026 ends 28 Feb 2026).
 */
export function enrolmentTermEnd(startsOn: Date, months: number): Date {
  if (!Number.isInteger(months) || months < 1) {
    throw new RangeError(`A term lasts at least one whole month (got ${months}).`);
  }
  const year = startsOn.getUTCFullYear();
  const month = startsOn.getUTCMonth() + months;
  const lastDayOfTargetMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  if (startsOn.getUTCDate() > lastDayOfTargetMonth) {
    return new Date(Date.UTC(year, month, lastDayOfTargetMonth));
  }
  return new Date(Date.UTC(year, month, startsOn.getUTCDate()) - 24 * 60 * 60 * 1000);
}
